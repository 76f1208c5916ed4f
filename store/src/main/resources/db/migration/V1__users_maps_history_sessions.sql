-- networth's storage, the same on SQLite and PostgreSQL: only types and statements that both read
-- alike. Times are milliseconds since 1970 (BIGINT); dates as a map writes them (2014, 2014-03,
-- 2014-03-15); amounts as exact decimal text (50000, 1250.5); a fact the map does not give is NULL,
-- an empty text is ''.
--
-- Every part of a map lives in rows that hold from one version of the map (from_version) until
-- before another (to_version, NULL while the row is current). A change never updates a row's
-- content: it closes the rows it replaces and adds new ones, so the map as of any version is the
-- rows that held then, and the history costs only what changed.

CREATE TABLE users (
  id            VARCHAR(32)  NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NOT NULL UNIQUE,
  password_hash VARCHAR(500) NOT NULL,
  created_at    BIGINT       NOT NULL
);

CREATE TABLE maps (
  id         VARCHAR(32) NOT NULL PRIMARY KEY,
  owner_id   VARCHAR(32) NOT NULL REFERENCES users (id),
  -- Raised by one on every change; a write names the version it was based on.
  version    BIGINT      NOT NULL,
  created_at BIGINT      NOT NULL
);

-- Who may see a map, and how: the owner, editors (change it) and viewers (read it).
CREATE TABLE map_access (
  map_id  VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  user_id VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role    VARCHAR(10) NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
  PRIMARY KEY (map_id, user_id)
);
CREATE INDEX map_access_by_user ON map_access (user_id);

-- One row per version: when, by whom, what changed. undo_to is the version an undo made on top of
-- this one goes back to: the one before it, but for a version an undo made, which passes on the
-- undo_to of the version it went back to, so that a second undo steps further back.
CREATE TABLE map_versions (
  map_id      VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  version     BIGINT      NOT NULL,
  made_at     BIGINT      NOT NULL,
  user_id     VARCHAR(32) NOT NULL REFERENCES users (id),
  description TEXT        NOT NULL,
  undo_to     BIGINT      NOT NULL,
  PRIMARY KEY (map_id, version)
);

-- The map's title, currency and hourly rate.
CREATE TABLE map_settings (
  map_id               VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  from_version         BIGINT      NOT NULL,
  to_version           BIGINT,
  title                TEXT        NOT NULL,
  currency             TEXT        NOT NULL,
  hourly_rate_amount   TEXT,
  hourly_rate_currency TEXT,
  PRIMARY KEY (map_id, from_version)
);

-- A node with every fact it has: its deal when it is an opportunity, its cost.
CREATE TABLE nodes (
  map_id          VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  node_id         TEXT        NOT NULL,
  from_version    BIGINT      NOT NULL,
  to_version      BIGINT,
  -- The order of the map's nodes; a changed node keeps its place.
  position        BIGINT      NOT NULL,
  label           TEXT        NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  dated           TEXT,
  until           TEXT,
  note            TEXT        NOT NULL,
  value_amount    TEXT,
  value_currency  TEXT,
  probability     DOUBLE PRECISION,
  stage           TEXT        NOT NULL,
  next_step       TEXT,
  next_date       TEXT,
  cost_amount     TEXT,
  cost_currency   TEXT,
  cost_every      TEXT,
  hours           DOUBLE PRECISION,
  hours_every     TEXT,
  rate_amount     TEXT,
  rate_currency   TEXT,
  PRIMARY KEY (map_id, node_id, from_version)
);
CREATE INDEX nodes_current ON nodes (map_id, to_version);

-- A node's other facts (key=value), in the order given; they belong to one row of nodes.
CREATE TABLE node_attributes (
  map_id       VARCHAR(32) NOT NULL,
  node_id      TEXT        NOT NULL,
  from_version BIGINT      NOT NULL,
  position     INTEGER     NOT NULL,
  name         TEXT        NOT NULL,
  value        TEXT        NOT NULL,
  PRIMARY KEY (map_id, node_id, from_version, position),
  FOREIGN KEY (map_id, node_id, from_version)
    REFERENCES nodes (map_id, node_id, from_version) ON DELETE CASCADE
);

-- A returning client's deals after the first, in order; they belong to one row of nodes.
CREATE TABLE later_deals (
  map_id         VARCHAR(32) NOT NULL,
  node_id        TEXT        NOT NULL,
  from_version   BIGINT      NOT NULL,
  position       INTEGER     NOT NULL,
  outcome        VARCHAR(4)  NOT NULL CHECK (outcome IN ('won', 'open', 'lost')),
  dated          TEXT,
  value_amount   TEXT,
  value_currency TEXT,
  probability    DOUBLE PRECISION,
  stage          TEXT        NOT NULL,
  next_step      TEXT,
  next_date      TEXT,
  PRIMARY KEY (map_id, node_id, from_version, position),
  FOREIGN KEY (map_id, node_id, from_version)
    REFERENCES nodes (map_id, node_id, from_version) ON DELETE CASCADE
);

-- "A led to B". seq orders the links and names one across versions: a changed link keeps it.
CREATE TABLE links (
  map_id       VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  seq          BIGINT      NOT NULL,
  from_version BIGINT      NOT NULL,
  to_version   BIGINT,
  from_node    TEXT        NOT NULL,
  to_node      TEXT        NOT NULL,
  kind         TEXT        NOT NULL,
  dated        TEXT,
  note         TEXT        NOT NULL,
  PRIMARY KEY (map_id, seq, from_version)
);
CREATE INDEX links_current ON links (map_id, to_version);

CREATE TABLE map_groups (
  map_id       VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  name         TEXT        NOT NULL,
  from_version BIGINT      NOT NULL,
  to_version   BIGINT,
  position     BIGINT      NOT NULL,
  PRIMARY KEY (map_id, name, from_version)
);

-- A group's members in order; they belong to one row of map_groups.
CREATE TABLE group_members (
  map_id       VARCHAR(32) NOT NULL,
  group_name   TEXT        NOT NULL,
  from_version BIGINT      NOT NULL,
  position     INTEGER     NOT NULL,
  node_id      TEXT        NOT NULL,
  PRIMARY KEY (map_id, group_name, from_version, position),
  FOREIGN KEY (map_id, group_name, from_version)
    REFERENCES map_groups (map_id, name, from_version) ON DELETE CASCADE
);

-- "Sam works at Northwind": no route, but part of the map.
CREATE TABLE affiliations (
  map_id       VARCHAR(32) NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  seq          BIGINT      NOT NULL,
  from_version BIGINT      NOT NULL,
  to_version   BIGINT,
  person       TEXT        NOT NULL,
  organisation TEXT        NOT NULL,
  role         VARCHAR(20) NOT NULL,
  since        TEXT,
  until        TEXT,
  note         TEXT        NOT NULL,
  PRIMARY KEY (map_id, seq, from_version)
);

-- A signed-in browser. Only a hash of the token is kept, so a copy of the database opens no
-- session; every server on the same database knows every session.
CREATE TABLE sessions (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id    VARCHAR(32) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token VARCHAR(64) NOT NULL,
  created_at BIGINT      NOT NULL,
  expires_at BIGINT      NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Failed logins by the name tried (whether or not such a user exists), so that a server can slow
-- down whoever is guessing.
CREATE TABLE login_failures (
  user_name VARCHAR(200) NOT NULL,
  failed_at BIGINT       NOT NULL
);
CREATE INDEX login_failures_by_name ON login_failures (user_name, failed_at);
