package networth.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What tells a map read from files apart from any other and from its other versions: the SHA-256 of
 * the files' content (a folder's: of the files in it, by name). The engine keeps one opened map per
 * version.
 */
final class MapVersion {

  private MapVersion() {}

  /**
   * @throws UncheckedIOException when a file cannot be read (the reader then says which)
   */
  static String of(List<Path> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path p : files) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> in = Files.list(p)) {
            for (Path f : in.filter(Files::isRegularFile).sorted().toList()) {
              add(sha, f);
            }
          }
        } else if (Files.isRegularFile(p)) {
          add(sha, p);
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void add(MessageDigest sha, Path file) throws IOException {
    sha.update(file.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    }
  }
}
