package networth.imports.x;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.imports.ImportFile;

/**
 * Goes through an archive's entries as a stream (an X archive with its media can be gigabytes), and
 * notices when it was cut short.
 *
 * <p>{@link ZipInputStream} reads entry after entry and stops quietly at the end of the data: a zip
 * cut between two entries looks to it like a shorter zip. A whole zip ends with its central
 * directory, so the last bytes read are kept and checked for its end record.
 */
final class ArchiveEntries {

  /** What to do with each entry of interest. */
  @FunctionalInterface
  interface Visitor {
    void entry(String name, byte[] bytes) throws IOException, ImportException;
  }

  /** Which entries to read; the rest are passed over. */
  @FunctionalInterface
  interface Wanted {
    boolean test(String entryName);
  }

  /** The signature of the end of central directory record, as it stands in the file. */
  private static final int END_SIGNATURE = 0x06054b50;

  /** The end record is 22 bytes and a comment of up to 65,535. */
  private static final int TAIL = 22 + 65_535;

  private ArchiveEntries() {}

  static void read(ImportFile zip, Wanted wanted, Visitor visitor)
      throws IOException, ImportException {
    try (InputStream raw = zip.open()) {
      Tail tail = new Tail(raw);
      int entries = 0;
      try (ZipInputStream in = new ZipInputStream(tail)) {
        ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          entries++;
          if (!e.isDirectory() && wanted.test(e.getName())) {
            visitor.entry(e.getName(), in.readAllBytes());
          }
        }
        tail.drain();
      } catch (ZipException | EOFException ex) {
        throw cut(zip, ex instanceof ZipException ? "a broken zip archive" : CUT_SHORT);
      }
      if (!tail.endsWithDirectory()) {
        throw cut(zip, entries == 0 ? "not a zip archive" : CUT_SHORT);
      }
    }
  }

  private static final String CUT_SHORT = "a zip archive cut short: its end is missing";

  private static ImportException cut(ImportFile zip, String why) {
    return new ImportException(
        Problem.error(
            SourcePosition.of(zip.name()),
            why,
            "download the archive again from X (Settings > Your account > Download an archive"
                + " of your data), or give its data/follower.js and data/following.js"));
  }

  /** Passes the bytes on and keeps the last {@link #TAIL} of them. */
  private static final class Tail extends FilterInputStream {
    private final byte[] ring = new byte[TAIL];
    private long total;

    Tail(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        keep((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = 0; i < n; i++) {
        keep(b[off + i]);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipping would pass bytes unseen: read them instead.
      byte[] buffer = new byte[8192];
      long done = 0;
      while (done < n) {
        int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }

    private void keep(byte b) {
      ring[(int) (total % TAIL)] = b;
      total++;
    }

    /** Reads what the zip reader left, the central directory, to the end. */
    void drain() throws IOException {
      byte[] buffer = new byte[8192];
      while (read(buffer, 0, buffer.length) >= 0) {
        // only kept
      }
    }

    /** Whether the last bytes hold the end of central directory record. */
    boolean endsWithDirectory() {
      int n = (int) Math.min(total, TAIL);
      // The record begins at least 22 bytes before the end; look back from there.
      for (int back = 22; back <= n; back++) {
        long at = total - back;
        int sig =
            (byteAt(at) & 0xff)
                | (byteAt(at + 1) & 0xff) << 8
                | (byteAt(at + 2) & 0xff) << 16
                | (byteAt(at + 3) & 0xff) << 24;
        if (sig == END_SIGNATURE) {
          return true;
        }
      }
      return false;
    }

    private byte byteAt(long position) {
      return ring[(int) (position % TAIL)];
    }
  }
}
