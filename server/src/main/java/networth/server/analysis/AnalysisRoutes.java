package networth.server.analysis;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Shapley;
import networth.engine.BadOptionException;
import networth.engine.MapWorkspace;
import networth.engine.json.ResultJson;
import networth.engine.options.AttributeOptions;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.PathsOptions;
import networth.engine.options.RoiOptions;
import networth.engine.options.SummaryOptions;
import networth.engine.options.TimelineOptions;
import networth.engine.options.Top;
import networth.engine.options.WhatIfOptions;
import networth.server.access.Guard;
import networth.server.http.ApiException;
import networth.server.http.Encodings;
import networth.server.http.Json;
import networth.server.http.Versions;
import networth.store.User;

/**
 * {@code GET /api/maps/{id}/{command}}: every analysis the command line has, its options as query
 * parameters, answering exactly the JSON {@code networth COMMAND --format json} prints: the
 * engine's result through {@link ResultJson}.
 */
public final class AnalysisRoutes {

  private static final Set<String> PERIOD = Set.of("from", "to");

  /** One analysis: the parameters it takes, and its answer. */
  private record Analysis(Set<String> parameters, BiFunction<MapWorkspace, Query, Object> answer) {}

  private static final Map<String, Analysis> ANALYSES = new LinkedHashMap<>();

  static {
    ANALYSES.put(
        "summary", new Analysis(PERIOD, (w, q) -> w.summary(new SummaryOptions(q.period()))));
    ANALYSES.put(
        "paths",
        new Analysis(
            Set.of("for", "limit"),
            (w, q) ->
                w.paths(
                    new PathsOptions(
                        q.text("for")
                            .orElseThrow(
                                () ->
                                    ApiException.badParameter(
                                        "for", "paths needs ?for=OPPORTUNITY (its id or label)")),
                        q.integer("limit", PathsOptions.LIMIT_DEFAULT)))));
    ANALYSES.put(
        "attribute",
        new Analysis(
            Set.of("model", "by", "half-life", "samples", "seed", "players", "for", "from", "to"),
            (w, q) ->
                w.attribute(
                    new AttributeOptions(
                        q.read("model", () -> AttributeOptions.models(q.text("model", "all"))),
                        by(q.text("by", "node")),
                        q.number("half-life", AttributeOptions.HALF_LIFE_DEFAULT),
                        q.integer("samples", Shapley.SAMPLES_DEFAULT),
                        q.longNumber("seed", 1),
                        q.text("players"),
                        q.text("for"),
                        q.period()))));
    ANALYSES.put(
        "critical",
        new Analysis(
            Set.of("top", "from", "to"),
            (w, q) -> w.critical(new CriticalOptions(q.integer("top", Top.DEFAULT), q.period()))));
    ANALYSES.put(
        "whatif",
        new Analysis(
            Set.of("without", "from", "to"),
            (w, q) -> w.whatIf(new WhatIfOptions(q.list("without"), q.period()))));
    ANALYSES.put(
        "connectors",
        new Analysis(
            Set.of("top", "from", "to"),
            (w, q) ->
                w.connectors(new ConnectorsOptions(q.integer("top", Top.DEFAULT), q.period()))));
    ANALYSES.put(
        "roi",
        new Analysis(
            Set.of("model", "from", "to"),
            (w, q) ->
                w.roi(
                    new RoiOptions(
                        q.read(
                            "model",
                            () ->
                                RoiOptions.model(q.text("model", RoiOptions.MODEL_DEFAULT.word()))),
                        q.period()))));
    ANALYSES.put(
        "timeline", new Analysis(PERIOD, (w, q) -> w.timeline(new TimelineOptions(q.period()))));
  }

  // "--half-life must be positive": the engine names the command line's option.
  private static final Pattern OPTION = Pattern.compile("--([a-z][a-z-]*)");

  private final Workspaces workspaces;
  private final Guard guard;
  private final WrittenAnswers answers;

  public AnalysisRoutes(Workspaces workspaces, Guard guard) {
    this(workspaces, guard, new WrittenAnswers());
  }

  AnalysisRoutes(Workspaces workspaces, Guard guard, WrittenAnswers answers) {
    this.workspaces = workspaces;
    this.guard = guard;
    this.answers = answers;
  }

  /** The analyses, in the order the command line lists them. */
  public static Set<String> commands() {
    return ANALYSES.keySet();
  }

  /** The handler of one analysis. */
  public io.javalin.http.Handler handler(String command) {
    Analysis analysis = ANALYSES.get(command);
    return ctx -> answer(ctx, command, analysis);
  }

  private void answer(Context ctx, String command, Analysis analysis) {
    send(
        ctx,
        command,
        ctx.queryParamMap(),
        () -> {
          // The parameters are read once the caller may read the map, as a 404 tells no more.
          Query query = Query.of(ctx, command, analysis.parameters());
          return (user, id, version) -> {
            Workspaces.Opened opened = workspaces.at(user, id, version);
            try {
              return ResultJson.write(analysis.answer().apply(opened.workspace(), query))
                  .getBytes(StandardCharsets.UTF_8);
            } catch (BadOptionException e) {
              throw refused(command, e.getMessage());
            }
          };
        });
  }

  /** Writes what is kept under a name for one version of a map: its JSON, UTF-8. */
  public interface Writer {
    byte[] write(User user, String id, long version);
  }

  /**
   * Answers a read of map {@code {id}} that is not an analysis but costs as much (the layout of a
   * large map takes minutes) as the analyses are answered: the same one-query check of who asks and
   * the version, 304, and the bytes kept by version, plain and compressed.
   */
  public void keptByVersion(Context ctx, String name, Writer write) {
    // Kept under its name alone: it takes no parameters, and a query made up for each request
    // must not make the server lay out the map again each time.
    send(ctx, name, Map.of(), () -> write);
  }

  private void send(
      Context ctx, String name, Map<String, List<String>> parameters, Supplier<Writer> prepare) {
    String id = ctx.pathParam("id");
    // Who asks, whether they may read the map, and its version come from the database on every
    // request, in one query (no state of its own but caches by version); the answer itself, once
    // written, from the cache.
    Guard.Reading reading = guard.reading(ctx, id);
    User user = reading.caller().user();
    long version = reading.version();
    Writer write = prepare.get();
    Versions.tag(ctx, version);
    // The same bytes go plain or compressed by the request's Accept-Encoding: caches must know.
    ctx.header("Vary", "Accept-Encoding");
    if (Versions.notModified(ctx, version)) {
      ctx.status(304);
      return;
    }
    WrittenAnswers.Written written =
        answers.get(key(id, version, name, parameters), () -> write.write(user, id, version));
    if (written.gzip().isPresent() && Encodings.acceptsGzip(ctx.header("Accept-Encoding"))) {
      // Javalin compresses nothing that already says its encoding.
      ctx.header("Content-Encoding", "gzip");
      Json.bytes(ctx, Json.TYPE, written.gzip().get());
    } else {
      Json.bytes(ctx, Json.TYPE, written.plain());
    }
  }

  /**
   * What an answer is kept under: the map's version, the command and its parameters in name order,
   * each encoded as in a URL so that no two queries read alike.
   */
  static String key(String id, long version, String command, Map<String, List<String>> query) {
    StringBuilder key = new StringBuilder(id).append('@').append(version).append('/');
    key.append(command).append('?');
    for (Map.Entry<String, List<String>> p : new TreeMap<>(query).entrySet()) {
      for (String value : p.getValue()) {
        key.append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=');
        key.append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
      }
    }
    return key.toString();
  }

  /**
   * The engine's refusal, with its option named as the query parameter it came from. A refusal that
   * names no option is of a node the analysis was asked about.
   */
  private static ApiException refused(String command, String message) {
    Matcher m = OPTION.matcher(message);
    String parameter;
    if (m.find()) {
      parameter = m.group(1);
    } else if (command.equals("whatif")) {
      parameter = "without";
    } else if (message.contains("player")) {
      parameter = "players";
    } else {
      parameter = "for";
    }
    return ApiException.badParameter(parameter, withoutDashes(message));
  }

  /** "--half-life must be positive" said of the query parameter: "half-life must be positive". */
  static String withoutDashes(String message) {
    return OPTION.matcher(message).replaceAll("$1");
  }

  private static By by(String word) {
    try {
      return By.valueOf(word.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("by", "by=" + word + ": use node, kind or group");
    }
  }
}
