package networth.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The CSV pair, elements.csv and connections.csv, written as one unit. Each sheet can only be
 * renamed into place on its own, so before the two renames a journal, {@value #JOURNAL}, is written
 * beside them naming both new sheets' sizes and checksums, and removed after. A journal found on
 * reading means a write was interrupted: if both sheets match it the write had finished (the
 * journal is removed); if only one does, the other is the old sheet and the pair is refused. A
 * sheet edited by hand after a write that finished is never questioned: no journal is left.
 */
public final class SheetPair {

  /** The journal's name, in the folder of the pair. */
  public static final String JOURNAL = ".networth-writing";

  private SheetPair() {}

  /**
   * Writes the pair into {@code dir}, each sheet streamed to its temporary file as {@code elements}
   * and {@code connections} write it; returns the two sheets' paths.
   */
  static List<Path> write(Path dir, IoWriter elements, IoWriter connections) throws IOException {
    return write(dir, elements, connections, () -> {});
  }

  /**
   * The same, running {@code betweenRenames} after elements.csv is in place and before
   * connections.csv is: a test that throws there leaves what a kill at the worst moment leaves.
   */
  public static List<Path> write(
      Path dir, IoWriter elements, IoWriter connections, Runnable betweenRenames)
      throws IOException {
    Path journal = dir.resolve(JOURNAL);
    try (Replacement e = Replacement.begin(dir.resolve(MapFiles.ELEMENTS));
        Replacement c = Replacement.begin(dir.resolve(MapFiles.CONNECTIONS))) {
      // The sizes and checksums are taken as the bytes go by: neither sheet is ever held whole.
      Replacement.Written e1 = e.write(elements, OutputStream.nullOutputStream());
      Replacement.Written c1 = c.write(connections, OutputStream.nullOutputStream());
      String journalText =
          "networth is writing the sheets in this folder; while this file is here they may not"
              + " belong together.\n"
              + entry(MapFiles.ELEMENTS, e1)
              + entry(MapFiles.CONNECTIONS, c1);
      MapFiles.atomically(journal, journalText);
      List<Path> written = new ArrayList<>();
      written.add(e.commit());
      betweenRenames.run();
      written.add(c.commit());
      Files.deleteIfExists(journal);
      return written;
    }
  }

  private static String entry(String sheet, Replacement.Written content) {
    return String.format(Locale.ROOT, "%s %d crc32 %08x%n", sheet, content.size(), content.crc32());
  }

  /**
   * Before reading sheets from {@code dir}: refuses a pair whose writing was interrupted between
   * its two renames, and finishes (removes the journal of) one whose writing completed.
   *
   * @throws InputFileException saying which sheet is old and what to do
   */
  public static void check(Path dir) throws IOException {
    Path journal = dir.resolve(JOURNAL);
    if (!Files.isRegularFile(journal)) {
      return;
    }
    List<String> fresh = new ArrayList<>();
    List<String> old = new ArrayList<>();
    for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
      String[] f = line.split(" ");
      if (f.length != 4 || !f[2].equals("crc32")) {
        continue;
      }
      Path sheet = dir.resolve(f[0]);
      (matches(sheet, f[1], f[3]) ? fresh : old).add(f[0]);
    }
    if (fresh.isEmpty() || old.isEmpty()) {
      // Both new: the write finished. Both old: it stopped before any rename; the old pair stands.
      try {
        Files.deleteIfExists(journal);
      } catch (IOException e) {
        // A folder we may only read: the pair is whole all the same.
      }
      return;
    }
    throw new InputFileException(
        dir.resolve(old.get(0))
            + ": this sheet is older than "
            + dir.resolve(fresh.get(0))
            + ": writing the pair was interrupted ("
            + journal
            + " is still there), so the two sheets do not belong together. Write the pair again"
            + " (networth convert MAP -o "
            + dir
            + "/); or, if you changed "
            + old.get(0)
            + " by hand since, delete "
            + journal
            + " and run again.");
  }

  private static boolean matches(Path sheet, String size, String crc) throws IOException {
    if (!Files.isRegularFile(sheet) || !Long.toString(Files.size(sheet)).equals(size)) {
      return false;
    }
    CRC32 sum = new CRC32();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(sheet)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sum.update(buffer, 0, n);
      }
    }
    return String.format(Locale.ROOT, "%08x", sum.getValue()).equals(crc);
  }
}
