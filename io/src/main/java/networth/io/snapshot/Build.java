package networth.io.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which build of networth is running: the jar's name, size and time of change. A rebuilt jar is
 * another build, so a snapshot written by one is never read by another even when the version number
 * stays the same (as it does between releases).
 */
final class Build {

  private Build() {}

  static String current() {
    String version = String.valueOf(Build.class.getPackage().getImplementationVersion());
    try {
      Path code = Path.of(Build.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return version
            + " "
            + code.getFileName()
            + " "
            + Files.size(code)
            + " "
            + Files.getLastModifiedTime(code).toMillis();
      }
      return version + " " + code;
    } catch (Exception e) {
      // No code source to look at (an unusual class loader): the version is all there is.
      return version;
    }
  }
}
