package networth.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
      return SnapshotKey.of(readable(files), "").version();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What tells the files apart within one process without reading them, when no snapshot is kept
   * ({@code --no-cache}) and so no content key is needed: each file's name, size, time of change
   * and identity on its file system. Summing a large map's content only for this was a pass over
   * its whole file (0.15 s for the million-node map's JSON). Never equal to a content key.
   */
  static String ofAttributes(List<Path> files) {
    try {
      StringBuilder version = new StringBuilder("attributes");
      for (Path p : readable(files)) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        version
            .append('|')
            .append(p.toAbsolutePath())
            .append('|')
            .append(a.size())
            .append('|')
            .append(a.lastModifiedTime().toInstant())
            .append('|')
            .append(a.fileKey());
      }
      return version.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The regular files of {@code files}, a folder's by name. */
  private static List<Path> readable(List<Path> files) throws IOException {
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
    return readable;
  }
}
