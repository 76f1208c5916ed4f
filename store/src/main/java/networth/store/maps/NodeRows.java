package networth.store.maps;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.NodeKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A node's rows: one in {@code nodes} for each version of it, with its attributes and later deals
 * in their own tables, tied to that row. Rows are never updated but to close them.
 */
final class NodeRows {

  /** A node and its place in the map's order. */
  record Placed(long position, Node node) {}

  // The rows that held at version :v.
  private static final String ALIVE =
      "from_version <= :v AND (to_version IS NULL OR to_version > :v)";
  private static final String ALIVE_N =
      "n.from_version <= :v AND (n.to_version IS NULL OR n.to_version > :v)";

  private NodeRows() {}

  static void insert(Handle h, String mapId, long version, List<Placed> nodes) {
    if (nodes.isEmpty()) {
      return;
    }
    PreparedBatch rows =
        h.prepareBatch(
            "INSERT INTO nodes (map_id, node_id, from_version, position, label, kind, dated, until,"
                + " note, value_amount, value_currency, probability, stage, next_step, next_date,"
                + " cost_amount, cost_currency, cost_every, hours, hours_every, rate_amount,"
                + " rate_currency) VALUES (:m, :id, :v, :position, :label, :kind, :dated, :until,"
                + " :note, :value_amount, :value_currency, :probability, :stage, :next_step,"
                + " :next_date, :cost_amount, :cost_currency, :cost_every, :hours, :hours_every,"
                + " :rate_amount, :rate_currency)");
    PreparedBatch attributes =
        h.prepareBatch(
            "INSERT INTO node_attributes (map_id, node_id, from_version, position, name, value)"
                + " VALUES (:m, :id, :v, :position, :name, :value)");
    PreparedBatch later =
        h.prepareBatch(
            "INSERT INTO later_deals (map_id, node_id, from_version, position, outcome, dated,"
                + " value_amount, value_currency, probability, stage, next_step, next_date) VALUES"
                + " (:m, :id, :v, :position, :outcome, :dated, :value_amount, :value_currency,"
                + " :probability, :stage, :next_step, :next_date)");
    for (Placed p : nodes) {
      Node n = p.node();
      Cost c = n.cost();
      rows.bind("m", mapId)
          .bind("id", n.id())
          .bind("v", version)
          .bind("position", p.position())
          .bind("label", n.label())
          .bind("kind", n.kind().name())
          .bind("dated", Columns.date(n.date()))
          .bind("until", Columns.date(n.until()))
          .bind("note", n.note())
          .bind("cost_every", Columns.rhythm(c.moneyEvery()))
          .bind("hours", Columns.number(c.hours()))
          .bind("hours_every", Columns.rhythm(c.hoursEvery()));
      deal(rows, n.deal());
      Columns.money(rows, "cost", c.money());
      Columns.money(rows, "rate", c.rate());
      rows.add();
      int i = 0;
      for (Map.Entry<String, String> a : n.attributes().entrySet()) {
        attributes
            .bind("m", mapId)
            .bind("id", n.id())
            .bind("v", version)
            .bind("position", i++)
            .bind("name", a.getKey())
            .bind("value", a.getValue())
            .add();
      }
      i = 0;
      for (LaterDeal d : n.laterDeals()) {
        later
            .bind("m", mapId)
            .bind("id", n.id())
            .bind("v", version)
            .bind("position", i++)
            .bind("outcome", d.outcome().word())
            .bind("dated", Columns.date(d.date()));
        deal(later, d.terms());
        later.add();
      }
    }
    rows.execute();
    if (attributes.size() > 0) {
      attributes.execute();
    }
    if (later.size() > 0) {
      later.execute();
    }
  }

  private static void deal(PreparedBatch b, Deal d) {
    Columns.money(b, "value", d.value());
    b.bind("probability", Columns.number(d.probability()))
        .bind("stage", d.stage())
        .bind("next_step", d.next().map(NextStep::description).orElse(null))
        .bind("next_date", Columns.date(d.next().flatMap(NextStep::date)));
  }

  /** Closes the current row of a node; false when the map has no such node. */
  static boolean close(Handle h, String mapId, String nodeId, long version) {
    return h.createUpdate(
                "UPDATE nodes SET to_version = :v WHERE map_id = :m AND node_id = :id"
                    + " AND to_version IS NULL")
            .bind("v", version)
            .bind("m", mapId)
            .bind("id", nodeId)
            .execute()
        > 0;
  }

  /** The next free place after every node the map has ever had. */
  static long nextPosition(Handle h, String mapId) {
    return h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM nodes WHERE map_id = :m")
        .bind("m", mapId)
        .mapTo(Long.class)
        .one();
  }

  /** The node with this id as of version {@code v}, with its place. */
  static Optional<Placed> one(Handle h, String mapId, long v, String nodeId) {
    List<Placed> found = read(h, mapId, v, Optional.of(nodeId));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every node as of version {@code v}, in order (or only the one with {@code onlyId}). */
  static List<Placed> read(Handle h, String mapId, long v, Optional<String> onlyId) {
    String only = onlyId.isPresent() ? " AND node_id = :id" : "";
    Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
    attributes(h, mapId, v, onlyId, only)
        .forEach(
            r ->
                attributes
                    .computeIfAbsent(r.nodeId(), k -> new LinkedHashMap<>())
                    .put(r.name(), r.value()));
    Map<String, List<LaterDeal>> later = new LinkedHashMap<>();
    var deals =
        h.createQuery(
                "SELECT d.* FROM later_deals d JOIN nodes n ON n.map_id = d.map_id"
                    + " AND n.node_id = d.node_id AND n.from_version = d.from_version"
                    + " WHERE n.map_id = :m AND "
                    + ALIVE_N
                    + only.replace("node_id", "n.node_id")
                    + " ORDER BY d.node_id, d.position")
            .bind("m", mapId)
            .bind("v", v);
    onlyId.ifPresent(id -> deals.bind("id", id));
    deals
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("node_id"),
                    new LaterDeal(
                        LaterDeal.Outcome.valueOf(
                            rs.getString("outcome").toUpperCase(java.util.Locale.ROOT)),
                        Columns.date(rs, "dated"),
                        deal(rs))))
        .forEach(e -> later.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    var nodes =
        h.createQuery(
                "SELECT * FROM nodes WHERE map_id = :m AND " + ALIVE + only + " ORDER BY position")
            .bind("m", mapId)
            .bind("v", v);
    onlyId.ifPresent(id -> nodes.bind("id", id));
    return nodes
        .map(
            (rs, ctx) ->
                new Placed(
                    rs.getLong("position"),
                    node(
                        rs,
                        attributes.getOrDefault(rs.getString("node_id"), Map.of()),
                        later.getOrDefault(rs.getString("node_id"), List.of()))))
        .list();
  }

  private record Attribute(String nodeId, String name, String value) {}

  private static List<Attribute> attributes(
      Handle h, String mapId, long v, Optional<String> onlyId, String only) {
    var q =
        h.createQuery(
                "SELECT a.node_id, a.name, a.value FROM node_attributes"
                    + " a JOIN nodes n ON n.map_id = a.map_id AND n.node_id = a.node_id"
                    + " AND n.from_version = a.from_version WHERE n.map_id = :m"
                    + " AND "
                    + ALIVE_N
                    + only.replace("node_id", "n.node_id")
                    + " ORDER BY a.node_id, a.position")
            .bind("m", mapId)
            .bind("v", v);
    onlyId.ifPresent(id -> q.bind("id", id));
    return q.map(
            (rs, ctx) ->
                new Attribute(rs.getString("node_id"), rs.getString("name"), rs.getString("value")))
        .list();
  }

  private static Node node(ResultSet rs, Map<String, String> attributes, List<LaterDeal> later)
      throws SQLException {
    Cost cost =
        new Cost(
            Columns.money(rs, "cost"),
            Columns.number(rs, "hours"),
            Columns.money(rs, "rate"),
            Columns.rhythm(rs, "cost_every"),
            Columns.rhythm(rs, "hours_every"));
    return new Node(
        rs.getString("node_id"),
        rs.getString("label"),
        NodeKind.valueOf(rs.getString("kind")),
        Columns.date(rs, "dated"),
        Columns.date(rs, "until"),
        rs.getString("note"),
        deal(rs),
        cost,
        attributes,
        later);
  }

  private static Deal deal(ResultSet rs) throws SQLException {
    String next = rs.getString("next_step");
    return new Deal(
        Columns.money(rs, "value"),
        Columns.number(rs, "probability"),
        rs.getString("stage"),
        next == null
            ? Optional.empty()
            : Optional.of(new NextStep(next, Columns.date(rs, "next_date"))));
  }
}
