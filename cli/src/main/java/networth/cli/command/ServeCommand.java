package networth.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import networth.cli.ExitCodes;
import networth.server.NetworthServer;
import networth.server.ServerConfig;
import networth.server.ServerRefused;
import networth.store.StoreConfig;
import networth.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth serve}: the web server and its HTTP API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serve the maps and every analysis over HTTP, from SQLite or PostgreSQL.",
    description = {
      "Starts networth's server and prints the address to open. On 127.0.0.1 (the default) with no",
      "accounts, one local user works without signing in; any other address needs at least one",
      "account (networth users add NAME --password-stdin). The API: docs/http-api.md, and",
      "/openapi.json on the server. Ctrl-C (or SIGTERM) stops it."
    },
    footer = {
      "%nExamples:",
      "  networth serve",
      "  networth serve --port 0",
      "  networth serve --bind 0.0.0.0 --db jdbc:postgresql://db.example/networth?user=networth",
      "%nExit codes: 2 a wrong option, or --bind beyond 127.0.0.1 without accounts;",
      "3 the database could not be reached or opened."
    })
public final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "" + ServerConfig.PORT_DEFAULT,
      paramLabel = "PORT",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = ServerConfig.BIND_DEFAULT,
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 for"
              + " every address, which needs accounts.")
  String bind;

  @Option(
      names = "--max-body",
      defaultValue = "" + ServerConfig.BODY_LIMIT_DEFAULT / (1024 * 1024),
      paramLabel = "MB",
      description =
          "The largest request body the server takes, in megabytes: a map uploaded or saved whole"
              + " (default: ${DEFAULT-VALUE}, a map of tens of thousands of nodes).")
  int maxBody;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    StoreConfig store = database.config();
    ServerConfig config;
    try {
      if (maxBody < 1 || maxBody > ServerConfig.BODY_LIMIT_MAX / (1024 * 1024)) {
        throw new IllegalArgumentException(
            "--max-body must be from 1 to "
                + ServerConfig.BODY_LIMIT_MAX / (1024 * 1024)
                + " (megabytes), was "
                + maxBody);
      }
      config = ServerConfig.of(bind, port, store).withBodyLimit(maxBody * 1024L * 1024);
      config.isLoopback();
    } catch (IllegalArgumentException e) {
      err.println("networth: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    DatabaseOption.quietLibraries();
    NetworthServer server;
    try {
      server = NetworthServer.start(config);
    } catch (ServerRefused e) {
      err.println("networth: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (StoreException e) {
      err.println("networth: " + e.getMessage());
      return ExitCodes.IO;
    } catch (RuntimeException e) {
      // Jetty's "address already in use" and the like arrive wrapped.
      err.println("networth: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
      return ExitCodes.IO;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "networth-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter out = spec.commandLine().getOut();
    out.println("networth is serving " + config.store().describe());
    out.println("Open " + server.url() + "  (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The libraries log through SLF4J, which would warn on standard error that nothing listens. */
}
