-- A link's other facts (key=value: where an import found it, a spreadsheet's extra columns), in the
-- order given. Like node_attributes, they belong to one row of links, the row of one version of the
-- link, so a link changed or restored brings its own attributes and the history keeps each one's.
CREATE TABLE link_attributes (
  map_id       VARCHAR(32) NOT NULL,
  seq          BIGINT      NOT NULL,
  from_version BIGINT      NOT NULL,
  position     INTEGER     NOT NULL,
  name         TEXT        NOT NULL,
  value        TEXT        NOT NULL,
  PRIMARY KEY (map_id, seq, from_version, position),
  FOREIGN KEY (map_id, seq, from_version)
    REFERENCES links (map_id, seq, from_version) ON DELETE CASCADE
);
