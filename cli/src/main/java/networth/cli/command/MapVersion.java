package networth.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import networth.io.snapshot.SnapshotKey;

/**
 * What tells a map read from files apart from any other and from its other versions: the content
 * key of its files (a folder's: of the regular files in it, by name), as a snapshot is kept under
 * ({@link SnapshotKey}: two checksums the processor computes, several times faster than a SHA-256
 * of a large map). The engine keeps one opened map per version.
 */
final class MapVersion {

  private MapVersion() {}

  /**
   * @throws UncheckedIOException when a file cannot be read (the reader then says which)
   */
  static String of(List<Path> files) {
    try {
      List<Path> readable = new ArrayList<>();
      for (Path p : files) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> in = Files.list(p)) {
            readable.addAll(in.filter(Files::isRegularFile).sorted().toList());
          }
        } else if (Files.isRegularFile(p)) {
          readable.add(p);
        }
      }
      return SnapshotKey.of(readable, "").version();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
