package networth.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file handed to an importer: a file on disk, or an upload's bytes. Its name is what every
 * message and {@code source} attribute cites, so it is the name the user knows.
 */
public final class ImportFile {

  /** Opens the file's bytes afresh each time it is called. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;

  private ImportFile(String name, Opener opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
  }

  /** A file on disk, named as the user gave its path. */
  public static ImportFile of(Path path) {
    return new ImportFile(path.toString(), () -> Files.newInputStream(path));
  }

  /** Bytes already in memory (an upload, a zip's entry), under this name. */
  public static ImportFile of(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new ImportFile(name, () -> new ByteArrayInputStream(copy));
  }

  /** The name messages cite: the path as given, or {@code export.zip/Connections.csv}. */
  public String name() {
    return name;
  }

  /** The last part of the name, lower case, for choosing by it: {@code connections.csv}. */
  public String fileName() {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return name;
  }
}
