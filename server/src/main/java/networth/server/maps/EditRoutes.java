package networth.server.maps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.store.Store;
import networth.store.maps.MapChange;

/**
 * The finer edits: a node, its cost, a link, a group, the settings. Each body is a piece of the
 * JSON map ({@code docs/json-format.md}); the edit is made to the map's JSON form as of the version
 * the {@code If-Match} names, and the whole is read and checked as a file would be, so a bad field
 * is refused (422, naming it) by the same checker. What the checker read is then stored as one
 * change.
 */
public final class EditRoutes {

  private static final List<String> COST_FIELDS =
      List.of("cost", "hours", "rate", "costEvery", "hoursEvery");

  private final EditRunner runner;

  public EditRoutes(Store store) {
    this.runner = new EditRunner(store);
  }

  /** {@code POST /api/maps/{id}/nodes}: adds a node after the others. */
  public void addNode(Context ctx) {
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode node = Json.body(ctx);
          String id = Json.string(node, "id");
          if (map.node(id).isPresent()) {
            throw ApiException.unprocessable(
                    "the map has a node '" + id + "' already: change it with PUT .../nodes/{node}")
                .with("field", "id");
          }
          nodes(doc).add(node);
          aim.at("nodes", nodes(doc).size() - 1);
          return after -> new MapChange.AddNode(after.node(id).orElseThrow());
        });
  }

  /** {@code PUT /api/maps/{id}/nodes/{node}}: replaces a node's facts; its id stays. */
  public void changeNode(Context ctx) {
    String id = ctx.pathParam("node");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode node = Json.body(ctx);
          JsonNode given = node.get("id");
          if (given != null && !given.asText().equals(id)) {
            throw ApiException.unprocessable(
                    "a node keeps its id: the body names '"
                        + given.asText()
                        + "' but the address '"
                        + id
                        + "'; leave \"id\" out")
                .with("field", "id");
          }
          node.put("id", id);
          int at = nodeIndex(map, doc, id);
          nodes(doc).set(at, node);
          aim.at("nodes", at);
          return after -> new MapChange.ChangeNode(after.node(id).orElseThrow());
        });
  }

  /**
   * {@code PATCH /api/maps/{id}/nodes/{node}}: a JSON Merge Patch (RFC 7396) of the node's facts: a
   * member set to null removes that fact, a member left out keeps it; its id stays.
   */
  public void patchNode(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith(MergePatch.TYPE)) {
      throw new ApiException(
              415,
              "Unsupported media type",
              "send the facts to change as a JSON Merge Patch, Content-Type: "
                  + MergePatch.TYPE
                  + " (to replace every fact, PUT the node instead)")
          .withHeader("Accept-Patch", MergePatch.TYPE);
    }
    String id = ctx.pathParam("node");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode patch = Json.body(ctx);
          JsonNode given = patch.get("id");
          if (given != null && !given.asText().equals(id)) {
            throw ApiException.unprocessable(
                    "a node keeps its id: the patch sets it to '"
                        + (given.isNull() ? "null" : given.asText())
                        + "'; leave \"id\" out")
                .with("field", "id")
                .with("pointer", "/id");
          }
          int at = nodeIndex(map, doc, id);
          MergePatch.apply((ObjectNode) nodes(doc).get(at), patch);
          aim.at("nodes", at);
          return after -> new MapChange.ChangeNode(after.node(id).orElseThrow());
        });
  }

  /** {@code DELETE /api/maps/{id}/nodes/{node}}: with its links and affiliations. */
  public void removeNode(Context ctx) {
    String id = ctx.pathParam("node");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          nodeIndex(map, doc, id);
          return null;
        },
        new MapChange.RemoveNode(id));
  }

  /**
   * {@code PUT /api/maps/{id}/nodes/{node}/cost}: {@code {cost, hours, rate, costEvery,
   * hoursEvery}}.
   */
  public void setCost(Context ctx) {
    String id = ctx.pathParam("node");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode body = Json.body(ctx);
          for (String field : (Iterable<String>) body::fieldNames) {
            if (!COST_FIELDS.contains(field)) {
              throw ApiException.unprocessable(
                      "'"
                          + field
                          + "' is not part of a cost: use "
                          + String.join(", ", COST_FIELDS))
                  .with("field", field);
            }
          }
          int at = nodeIndex(map, doc, id);
          ObjectNode node = (ObjectNode) nodes(doc).get(at);
          aim.at("nodes", at);
          node.remove(COST_FIELDS);
          node.setAll(body);
          return after -> new MapChange.SetCost(id, after.node(id).orElseThrow().cost());
        });
  }

  /** {@code DELETE /api/maps/{id}/nodes/{node}/cost}. */
  public void removeCost(Context ctx) {
    String id = ctx.pathParam("node");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          nodeIndex(map, doc, id);
          return null;
        },
        new MapChange.SetCost(id, Cost.NONE));
  }

  /** {@code POST /api/maps/{id}/links}: {@code {from, to, kind, date, note}}, after the others. */
  public void addLink(Context ctx) {
    add(ctx, LINKS);
  }

  /** {@code PUT /api/maps/{id}/links/{n}}: the n-th link (from 1), in place. */
  public void changeLink(Context ctx) {
    change(ctx, LINKS);
  }

  /** {@code DELETE /api/maps/{id}/links/{n}}. */
  public void removeLink(Context ctx) {
    remove(ctx, LINKS);
  }

  /**
   * {@code POST /api/maps/{id}/affiliations}: {@code {person, role, organisation, since, until,
   * note}}, after the others.
   */
  public void addAffiliation(Context ctx) {
    add(ctx, AFFILIATIONS);
  }

  /** {@code PUT /api/maps/{id}/affiliations/{n}}: the n-th affiliation (from 1), in place. */
  public void changeAffiliation(Context ctx) {
    change(ctx, AFFILIATIONS);
  }

  /** {@code DELETE /api/maps/{id}/affiliations/{n}}. */
  public void removeAffiliation(Context ctx) {
    remove(ctx, AFFILIATIONS);
  }

  // ---- the parts a map keeps as a list, addressed by their place in it (from 1)

  /**
   * A part the map keeps in order (links, affiliations): its key in the JSON map, its name in
   * messages, the list in a map, and the store's change that adds, changes or removes one.
   */
  private record Listed<T>(
      String key,
      String what,
      Function<NetworkMap, List<T>> list,
      Function<T, MapChange> added,
      BiFunction<Integer, T, MapChange> changed,
      IntFunction<MapChange> removed) {

    int place(Context ctx, NetworkMap map) {
      return EditRoutes.place(ctx.pathParam("n"), list.apply(map).size(), what);
    }
  }

  private static final Listed<Link> LINKS =
      new Listed<>(
          "links",
          "link",
          NetworkMap::links,
          MapChange.AddLink::new,
          MapChange.ChangeLink::new,
          MapChange.RemoveLink::new);

  private static final Listed<Affiliation> AFFILIATIONS =
      new Listed<>(
          "affiliations",
          "affiliation",
          NetworkMap::affiliations,
          MapChange.AddAffiliation::new,
          MapChange.ChangeAffiliation::new,
          MapChange.RemoveAffiliation::new);

  private <T> void add(Context ctx, Listed<T> part) {
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          array(doc, part.key()).add(Json.body(ctx));
          aim.at(part.key(), array(doc, part.key()).size() - 1);
          return after -> {
            List<T> all = part.list().apply(after);
            return part.added().apply(all.get(all.size() - 1));
          };
        });
  }

  private <T> void change(Context ctx, Listed<T> part) {
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          int i = part.place(ctx, map);
          array(doc, part.key()).set(i, Json.body(ctx));
          aim.at(part.key(), i);
          return after -> part.changed().apply(i, part.list().apply(after).get(i));
        });
  }

  private <T> void remove(Context ctx, Listed<T> part) {
    int[] i = new int[1];
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          i[0] = part.place(ctx, map);
          return null;
        },
        () -> part.removed().apply(i[0]));
  }

  /** {@code POST /api/maps/{id}/groups}: {@code {name, members}}, a new group. */
  public void addGroup(Context ctx) {
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode group = Json.body(ctx);
          String name = Json.string(group, "name");
          if (map.group(name).isPresent()) {
            throw ApiException.unprocessable(
                    "the map has a group '"
                        + name
                        + "' already: change it with PUT .../groups/{name}")
                .with("field", "name");
          }
          array(doc, "groups").add(group);
          aim.at("groups", array(doc, "groups").size() - 1);
          return after -> new MapChange.PutGroup(after.group(name).orElseThrow());
        });
  }

  /** {@code PUT /api/maps/{id}/groups/{name}}: {@code {members}}, the group's members in order. */
  public void putGroup(Context ctx) {
    String name = ctx.pathParam("name");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode group = Json.body(ctx);
          group.put("name", name);
          ArrayNode groups = array(doc, "groups");
          int at = -1;
          for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).path("name").asText().equals(name)) {
              at = i;
            }
          }
          if (at < 0) {
            groups.add(group);
            at = groups.size() - 1;
          } else {
            groups.set(at, group);
          }
          aim.at("groups", at);
          return after -> new MapChange.PutGroup(after.group(name).orElseThrow());
        });
  }

  /** {@code DELETE /api/maps/{id}/groups/{name}}: its members stay. */
  public void removeGroup(Context ctx) {
    String name = ctx.pathParam("name");
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          if (map.group(name).isEmpty()) {
            throw ApiException.notFound("the map has no group '" + name + "'");
          }
          return null;
        },
        new MapChange.RemoveGroup(name));
  }

  /** {@code PUT /api/maps/{id}/settings}: {@code {title, currency, rate}}. */
  public void changeSettings(Context ctx) {
    runner.edit(
        ctx,
        (map, doc, aim) -> {
          ObjectNode body = Json.body(ctx);
          for (String field : (Iterable<String>) body::fieldNames) {
            if (!List.of("title", "currency", "rate").contains(field)) {
              throw ApiException.unprocessable(
                      "'" + field + "' is not a setting: use title, currency and rate")
                  .with("field", field);
            }
          }
          doc.remove(List.of("title", "currency", "rate"));
          doc.setAll(body);
          return after -> new MapChange.ChangeSettings(after.settings());
        });
  }

  private static ArrayNode nodes(ObjectNode doc) {
    return array(doc, "nodes");
  }

  private static ArrayNode array(ObjectNode doc, String name) {
    JsonNode a = doc.get(name);
    if (a instanceof ArrayNode arr) {
      return arr;
    }
    return doc.putArray(name);
  }

  private static int nodeIndex(NetworkMap map, ObjectNode doc, String id) {
    ArrayNode nodes = nodes(doc);
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).path("id").asText().equals(id)) {
        return i;
      }
    }
    throw ApiException.notFound("the map has no node '" + id + "'");
  }

  /** A place in the map's list, from 1, as a list index; 404 when the list has no such place. */
  private static int place(String n, int size, String what) {
    try {
      int i = Integer.parseInt(n);
      if (i >= 1 && i <= size) {
        return i - 1;
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw ApiException.notFound(
        "the map has no "
            + what
            + " "
            + n
            + ": "
            + what
            + "s count from 1 to "
            + size
            + ", in the map's order");
  }
}
