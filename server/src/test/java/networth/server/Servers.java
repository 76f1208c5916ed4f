package networth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import networth.store.StoreConfig;

/** Servers started for a test on 127.0.0.1 at a free port, each stopped by the test. */
public final class Servers {

  private Servers() {}

  /** A server on a new, empty SQLite database. */
  public static NetworthServer sqlite() {
    return on(StoreConfig.dataDir(freshDirectory()));
  }

  public static NetworthServer on(StoreConfig store) {
    return NetworthServer.start(ServerConfig.of("127.0.0.1", 0, store));
  }

  public static Path freshDirectory() {
    try {
      return Files.createTempDirectory("networth-server");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One of the examples, as text. */
  public static String example(String name) {
    try {
      return Files.readString(exampleFile(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path exampleFile(String name) {
    Path here = Path.of("").toAbsolutePath();
    Path file = here.resolve("../examples/" + name + ".netmap").normalize();
    return Files.exists(file) ? file : here.resolve("examples/" + name + ".netmap");
  }
}
