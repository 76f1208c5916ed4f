package networth.server.maps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import networth.model.NetworkMap;
import networth.server.access.Caller;
import networth.server.http.ApiException;
import networth.store.Store;
import networth.store.User;
import networth.store.maps.MapChange;

/**
 * How every finer edit runs: on the map's JSON form as of the version the {@code If-Match} names
 * (or as it is now, for {@code *}), the whole then read and checked as a file would be, and what
 * the checker read stored as one change.
 */
final class EditRunner {

  /** Edits the JSON form; answers how to make the change from the map the checker read. */
  interface Edit {
    Function<NetworkMap, MapChange> apply(NetworkMap map, ObjectNode doc, Aim aim);
  }

  /** Where in the JSON map an edit put its body, so that a problem there names the body's field. */
  static final class Aim {
    private Optional<EditProblems.Part> part = Optional.empty();

    void at(String list, int index) {
      part = Optional.of(new EditProblems.Part(list, index));
    }
  }

  private final Store store;

  EditRunner(Store store) {
    this.store = store;
  }

  void edit(Context ctx, Edit edit) {
    edit(ctx, edit, () -> null);
  }

  /** An edit that needs no check of the result (a removal): {@code change} is stored as it is. */
  void edit(Context ctx, Edit check, MapChange change) {
    edit(ctx, check, () -> change);
  }

  /**
   * Runs an edit on the map as of the version the {@code If-Match} names (so that it is checked
   * against what the person saw; the store refuses it when the map has moved on since).
   *
   * @param otherwise the change, for an edit that answers none of its own
   */
  void edit(Context ctx, Edit edit, Supplier<MapChange> otherwise) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    IfMatch.required(ctx);
    if (!store.maps().role(user, id).canEdit()) {
      throw ApiException.forbidden(
          "you may read map " + id + " but not change it: ask its owner to make you an editor");
    }
    long version =
        IfMatch.write(
            ctx,
            store,
            user,
            id,
            basedOn -> {
              NetworkMap map = store.maps().asOf(user, id, basedOn).map();
              ObjectNode doc = MapBodies.document(map);
              Aim aim = new Aim();
              Function<NetworkMap, MapChange> make = edit.apply(map, doc, aim);
              MapChange change =
                  make == null ? otherwise.get() : make.apply(EditProblems.read(doc, aim.part));
              return store.maps().apply(user, id, basedOn, change);
            });
    MapRoutes.written(ctx, id, version);
  }
}
