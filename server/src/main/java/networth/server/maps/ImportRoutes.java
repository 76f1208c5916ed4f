package networth.server.maps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.imports.merge.Change;
import networth.imports.merge.MapMerge;
import networth.imports.merge.MergeReport;
import networth.imports.merge.MergeReportJson;
import networth.io.Progress;
import networth.io.ReadResult;
import networth.model.NetworkMap;
import networth.server.access.Caller;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.server.http.MapProblems;
import networth.server.http.Versions;
import networth.store.Store;
import networth.store.StoreException;
import networth.store.User;

/**
 * {@code POST /api/maps/{id}/imports}: another program's files merged into a map by the same
 * importers and the same merge as {@code networth import}, answering the same JSON; and {@code GET
 * /api/importers}, the sources there are. An import is one change in the history, so one undo takes
 * it all back.
 */
public final class ImportRoutes {

  private final Store store;
  private final Importers importers;
  private final long bodyLimit;

  public ImportRoutes(Store store, Importers importers, long bodyLimit) {
    this.store = store;
    this.importers = importers;
    this.bodyLimit = bodyLimit;
  }

  /** {@code GET /api/importers}: each source's name, other names and what it reads. */
  public void list(Context ctx) {
    ObjectNode o = Json.object();
    ArrayNode all = o.putArray("importers");
    for (Importer i : importers.all()) {
      ObjectNode one = all.addObject();
      one.put("name", i.name());
      i.aliases().forEach(one.putArray("aliases")::add);
      one.put("description", i.description());
    }
    Json.answer(ctx, o);
  }

  /**
   * {@code POST /api/maps/{id}/imports?source=S[&dryRun=true]}: the files of a multipart body
   * merged into the map (If-Match), or for a dry run what would change, nothing written.
   */
  public void upload(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    boolean dryRun = dryRun(ctx.queryParam("dryRun"));
    if (!dryRun) {
      IfMatch.required(ctx);
    }
    // The access is checked before the body is read, so that a map one may not see stays unseen.
    if (!store.maps().role(user, id).canEdit()) {
      throw ApiException.forbidden(
          "you may read map "
              + id
              + " but not import into it: ask its owner to make you an editor");
    }
    Importer importer = importer(ctx.queryParam("source"));
    List<ImportFile> files = Uploads.files(ctx, bodyLimit);
    List<String> names = files.stream().map(ImportFile::name).toList();
    Found found = read(importer, files);
    if (dryRun) {
      long version = versionToPreview(ctx, user, id);
      MapMerge.Merged merged =
          MapMerge.merge(store.maps().asOf(user, id, version).map(), found, names);
      answer(ctx, id, version, merged.report(), false);
      return;
    }
    AtomicReference<MergeReport> report = new AtomicReference<>();
    AtomicReference<Boolean> written = new AtomicReference<>(false);
    long version =
        IfMatch.write(
            ctx,
            store,
            user,
            id,
            basedOn -> {
              // A whole-map write: refused at once when the map has moved on (the store would
              // refuse it too, but an If-Match ahead of the map names no version to read).
              sameAsNow(user, id, basedOn);
              MapMerge.Merged merged =
                  MapMerge.merge(store.maps().asOf(user, id, basedOn).map(), found, names);
              report.set(merged.report());
              written.set(false);
              if (!merged.report().changesMap()) {
                return basedOn;
              }
              NetworkMap map = checked(merged.map());
              long next = store.maps().replace(user, id, basedOn, map, describe(merged.report()));
              written.set(true);
              return next;
            });
    answer(ctx, id, version, report.get(), written.get());
  }

  private static void answer(
      Context ctx, String id, long version, MergeReport report, boolean written) {
    ObjectNode o = Json.MAPPER.valueToTree(MergeReportJson.of(report, written));
    o.put("id", id);
    o.put("version", version);
    Versions.tag(ctx, version);
    Json.answer(ctx, o);
  }

  private Importer importer(String source) {
    if (source == null || source.isBlank()) {
      throw ApiException.badParameter(
          "source", "say which program wrote the files: ?source= one of " + importers.names());
    }
    return importers
        .named(source)
        .orElseThrow(() -> ApiException.badParameter("source", importers.unknown(source)));
  }

  private static boolean dryRun(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiException.badParameter("dryRun", "dryRun is true or false, was '" + value + "'");
  }

  /**
   * The version a dry run is made on: the one the {@code If-Match} names, which must be the map's
   * version now (what the person sees is what they are told about), else the map as it is now.
   */
  private long versionToPreview(Context ctx, User user, String id) {
    long now = store.maps().version(user, id);
    String header = ctx.header("If-Match");
    if (header != null && !header.isBlank() && !IfMatch.any(ctx)) {
      long basedOn = Versions.basedOn(ctx);
      if (basedOn != now) {
        throw new StoreException.Stale(id, basedOn, now);
      }
    }
    return now;
  }

  private void sameAsNow(User user, String id, long basedOn) {
    long now = store.maps().version(user, id);
    if (now != basedOn) {
      throw new StoreException.Stale(id, basedOn, now);
    }
  }

  /**
   * What the files hold.
   *
   * @throws ApiException 422 with every problem (file, line, column, message, hint) when a file
   *     cannot be read as the source writes it
   */
  private static Found read(Importer importer, List<ImportFile> files) {
    try {
      return importer.read(files, Progress.NONE);
    } catch (ImportException e) {
      throw refused(e.problems());
    } catch (IOException e) {
      String file = files.size() == 1 ? files.get(0).name() : "the files";
      throw refused(
          List.of(
              Problem.error(
                  networth.diagnostics.SourcePosition.of(file),
                  "could not read " + file + ": " + e.getMessage(),
                  "send the file again, as " + importer.name() + " exports it")));
    }
  }

  /** 422: nothing was imported, every problem with its file and place. */
  static ApiException refused(List<Problem> problems) {
    Problem first = problems.get(0);
    ArrayNode all = Json.MAPPER.createArrayNode();
    for (Problem p : problems) {
      ObjectNode o = all.addObject();
      o.put("severity", p.severity().word());
      o.put("file", p.position().source());
      o.put("line", p.position().line());
      o.put("column", p.position().column());
      o.put("length", p.length());
      o.put("message", p.message());
      o.put("hint", p.hint());
    }
    return ApiException.unprocessable(
            (problems.size() == 1 ? "" : problems.size() + " problems; the first: ")
                + first.position()
                + ": "
                + first.message()
                + (first.hint().isEmpty() ? "" : " (" + first.hint() + ")")
                + ". Nothing was imported: the map is unchanged")
        .with("problems", all);
  }

  /** The merged map read by the map's checker, so that the store never takes a map with errors. */
  private static NetworkMap checked(NetworkMap merged) {
    ReadResult read = MapBodies.checked(merged, "map");
    if (read.hasErrors()) {
      throw MapProblems.refused(read.problems(), false);
    }
    return read.map();
  }

  /** The history's line: "imported from linkedin (Connections.csv): added 3 people, 2 links". */
  static String describe(MergeReport r) {
    String added = MergeReport.counted(r.with(Change.Action.ADDED));
    String merged = MergeReport.counted(r.with(Change.Action.UPDATED));
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("added " + added);
    }
    if (!merged.isEmpty()) {
      parts.add("filled in " + merged);
    }
    return "imported from "
        + r.source()
        + " ("
        + String.join(", ", r.files())
        + "): "
        + String.join("; ", parts);
  }
}
