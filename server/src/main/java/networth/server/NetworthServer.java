package networth.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import networth.imports.Importers;
import networth.server.access.Guard;
import networth.server.access.SessionRoutes;
import networth.server.analysis.AnalysisRoutes;
import networth.server.analysis.Workspaces;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.server.maps.EditRoutes;
import networth.server.maps.ImportRoutes;
import networth.server.maps.MapRoutes;
import networth.server.maps.PictureRoutes;
import networth.server.openapi.OpenApi;
import networth.store.Store;
import networth.store.StoreException;

/**
 * networth's web server: the HTTP API over the store and the engine. It keeps nothing the database
 * does not (sessions live there; the engine's answers are kept by map id and version, which never
 * change), so several servers on one PostgreSQL behave as one.
 *
 * <pre>{@code
 * try (NetworthServer server = NetworthServer.start(ServerConfig.of("127.0.0.1", 0, store))) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 */
public final class NetworthServer implements AutoCloseable {

  /** The system property that sets the most threads answering requests: for measuring. */
  public static final String THREADS_PROPERTY = "networth.server.threads";

  /** The most threads answering requests: four a core, and at least 8 (Jetty takes two of them). */
  static int threadsFor(Runtime runtime) {
    return Math.max(8, 4 * runtime.availableProcessors());
  }

  private final Javalin app;
  private final Store store;
  private final ServerConfig config;

  private NetworthServer(Javalin app, Store store, ServerConfig config) {
    this.app = app;
    this.store = store;
    this.config = config;
  }

  /**
   * Opens the store and starts listening.
   *
   * @throws ServerRefused when binding beyond the loopback without any account
   * @throws StoreException.Unavailable when the database cannot be used
   */
  public static NetworthServer start(ServerConfig config) {
    boolean loopback = config.isLoopback();
    Store store = Store.open(config.store());
    try {
      if (!loopback && store.accounts().count() == 0) {
        throw new ServerRefused(
            "--bind "
                + config.bind()
                + " lets other machines reach the server, so it needs at least one account and"
                + " there is none in "
                + config.store().describe()
                + ". Add one with: networth users add NAME --password-stdin"
                + (config.store().isSqlite() ? "" : " --db URL")
                + " (then start the server again), or serve on 127.0.0.1 alone");
      }
      Javalin app = Javalin.create(c -> configure(c, store, config));
      app.start(config.bind(), config.port());
      return new NetworthServer(app, store, config);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static void configure(
      io.javalin.config.JavalinConfig c, Store store, ServerConfig config) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.http.maxRequestSize = config.bodyLimit();
    c.http.generateEtags = false;
    // An upload's files are held in memory up to the body's limit, and refused beyond it.
    c.jetty.multipartConfig.maxTotalRequestSize(
        config.bodyLimit(), io.javalin.config.SizeUnit.BYTES);
    c.jetty.multipartConfig.maxFileSize(config.bodyLimit(), io.javalin.config.SizeUnit.BYTES);
    c.jetty.modifyServer(server -> server.setStopTimeout(5_000));
    // Few threads for few cores: an answer is a short burst of work (one query, bytes kept by
    // version), and on two cores 8 threads answered up to twice the requests a second of Jetty's
    // 200 at 200 connections, which only switched between one another (BENCHMARKS.md, "The server
    // under load"). -Dnetworth.server.threads=N sets another number, for measuring elsewhere.
    int threads = Integer.getInteger(THREADS_PROPERTY, threadsFor(Runtime.getRuntime()));
    var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(threads, Math.min(threads, 8));
    pool.setName("networth-http");
    c.jetty.threadPool = pool;
    // The page (plain HTML, CSS and JavaScript modules) and Cytoscape.js from its WebJar.
    c.staticFiles.add(
        s -> {
          s.hostedPath = "/page";
          s.directory = "/page";
          s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
          s.headers = Map.of("Cache-Control", "no-cache");
        });
    c.staticFiles.enableWebjars();

    Guard guard = new Guard(store, config);
    Workspaces workspaces = new Workspaces(store);
    SessionRoutes sessions = new SessionRoutes(store, guard, config);
    MapRoutes maps = new MapRoutes(store, workspaces);
    EditRoutes edits = new EditRoutes(store);
    ImportRoutes imports = new ImportRoutes(store, Importers.installed(), config.bodyLimit());
    AnalysisRoutes analyses = new AnalysisRoutes(workspaces, guard);
    PictureRoutes pictures = new PictureRoutes(store, analyses);
    OpenApi openApi = new OpenApi();

    var r = c.routes;
    r.before(guard::before);
    r.get("/", NetworthServer::home);
    r.get("/openapi.json", openApi::serve);

    r.get("/api/session", sessions::show);
    r.post("/api/session", sessions::signIn);
    r.delete("/api/session", sessions::signOut);

    r.post("/api/check", pictures::check);

    r.get("/api/maps", maps::list);
    r.post("/api/maps", maps::create);
    r.get("/api/maps/{id}", maps::read);
    r.put("/api/maps/{id}", maps::replace);
    r.delete("/api/maps/{id}", maps::delete);
    r.get("/api/maps/{id}/layout", pictures::layout);
    r.get("/api/maps/{id}/history", maps::history);
    r.get("/api/maps/{id}/versions/{v}", maps::version);
    r.post("/api/maps/{id}/undo", maps::undo);
    r.post("/api/maps/{id}/restore", maps::restore);
    r.get("/api/maps/{id}/access", maps::access);
    r.put("/api/maps/{id}/access/{user}", maps::share);
    r.delete("/api/maps/{id}/access/{user}", maps::unshare);

    r.post("/api/maps/{id}/nodes", edits::addNode);
    r.put("/api/maps/{id}/nodes/{node}", edits::changeNode);
    r.patch("/api/maps/{id}/nodes/{node}", edits::patchNode);
    r.delete("/api/maps/{id}/nodes/{node}", edits::removeNode);
    r.put("/api/maps/{id}/nodes/{node}/cost", edits::setCost);
    r.delete("/api/maps/{id}/nodes/{node}/cost", edits::removeCost);
    r.post("/api/maps/{id}/links", edits::addLink);
    r.put("/api/maps/{id}/links/{n}", edits::changeLink);
    r.delete("/api/maps/{id}/links/{n}", edits::removeLink);
    r.post("/api/maps/{id}/affiliations", edits::addAffiliation);
    r.put("/api/maps/{id}/affiliations/{n}", edits::changeAffiliation);
    r.delete("/api/maps/{id}/affiliations/{n}", edits::removeAffiliation);
    r.post("/api/maps/{id}/groups", edits::addGroup);
    r.put("/api/maps/{id}/groups/{name}", edits::putGroup);
    r.delete("/api/maps/{id}/groups/{name}", edits::removeGroup);
    r.put("/api/maps/{id}/settings", edits::changeSettings);

    r.get("/api/importers", imports::list);
    r.post("/api/maps/{id}/imports", imports::upload);

    for (String command : AnalysisRoutes.commands()) {
      r.get("/api/maps/{id}/" + command, analyses.handler(command));
    }

    r.exception(ApiException.class, (e, ctx) -> problem(ctx, e));
    r.exception(StoreException.class, (e, ctx) -> problem(ctx, Failures.of(e)));
    r.exception(
        HttpResponseException.class,
        (e, ctx) ->
            problem(
                ctx,
                switch (e.getStatus()) {
                  case 413 -> Guard.tooLarge(config.bodyLimit());
                  case 404 -> noSuchAddress(ctx);
                  default -> new ApiException(e.getStatus(), "Refused", e.getMessage());
                }));
    r.exception(
        Exception.class,
        (e, ctx) -> {
          // A bug: the operator sees what failed, the caller a sentence and no stack trace.
          System.err.println(
              "networth serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
          problem(
              ctx,
              new ApiException(
                  500,
                  "Internal error",
                  "the server could not answer this request ("
                      + e.getClass().getSimpleName()
                      + "); the server's log says more"));
        });
    r.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            problem(ctx, noSuchAddress(ctx));
          }
        });
    r.error(
        405,
        "*",
        ctx ->
            problem(
                ctx,
                new ApiException(
                    405,
                    "Method not allowed",
                    ctx.method() + " is not answered at " + ctx.path() + " (see /openapi.json)")));
  }

  /** {@code GET /}: the page, which loads its scripts and styles from {@code /page/}. */
  private static void home(Context ctx) {
    try (var in = NetworthServer.class.getResourceAsStream("/page/index.html")) {
      Json.text(ctx, "text/html", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ApiException noSuchAddress(Context ctx) {
    return ApiException.notFound(
        "no such address: "
            + ctx.method()
            + " "
            + ctx.path()
            + " (the routes are in /openapi.json)");
  }

  static void problem(Context ctx, ApiException e) {
    ctx.status(e.status());
    e.headers().forEach(ctx::header);
    var o = Json.object();
    o.put("type", "about:blank");
    o.put("title", e.title());
    o.put("status", e.status());
    o.put("detail", e.detail());
    for (Map.Entry<String, Object> m : e.members().entrySet()) {
      o.set(m.getKey(), Json.MAPPER.valueToTree(m.getValue()));
    }
    Json.text(ctx, Json.PROBLEM_TYPE, Json.write(o));
  }

  /** The port it listens on (the one chosen, when asked for 0). */
  public int port() {
    return app.port();
  }

  /** The address to open: http://127.0.0.1:7878/ ({@code localhost} for a loopback server). */
  public String url() {
    String host = config.bind();
    if (config.isLoopback()) {
      host = host.contains(":") ? "[" + host + "]" : host;
    } else if (host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return "http://" + host + ":" + port() + "/";
  }

  /** Every method and path it answers, as registered: what the OpenAPI document must describe. */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint)
        .filter(e -> isHttpMethod(e.method))
        .map(e -> e.method.name() + " " + e.path)
        .toList();
  }

  private static boolean isHttpMethod(HandlerType t) {
    return t.equals(HandlerType.GET)
        || t.equals(HandlerType.POST)
        || t.equals(HandlerType.PUT)
        || t.equals(HandlerType.PATCH)
        || t.equals(HandlerType.DELETE);
  }

  public Store store() {
    return store;
  }

  /** Stops listening (requests under way may finish) and closes the database's pool. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      store.close();
    }
  }
}
