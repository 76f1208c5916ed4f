package networth.io.snapshot;

/**
 * The layout of a snapshot file, little-endian throughout:
 *
 * <pre>
 * header  magic "NWSNAP\r\n" (8 bytes), format version (int), key length (int), the key (UTF-8),
 *         body length (long), CRC32C of the body (int)
 * body    string count s (int), offsets (s + 1 ints into the text), text length (int), the text
 *         (every distinct string once, UTF-8, one after another), then the records as ints
 * </pre>
 *
 * <p>Every string in the records is its number in the table; links are columns (from, to, kind,
 * note, packed date), so that reading a million-node map is a few bulk copies from a mapped file
 * and one decoding of each distinct string. Change {@link #VERSION} with any change to the layout:
 * a snapshot of another version is never read.
 */
final class SnapshotFormat {

  static final int VERSION = 1;
  static final long MAGIC = 0x0A0D50414E53574EL; // "NWSNAP\r\n" read little-endian

  /** What an absent date, money, number or step is written as. */
  static final int NONE = Integer.MIN_VALUE;

  private SnapshotFormat() {}

  static int pack(networth.model.PartialDate d) {
    return d.year() * 10_000 + d.month() * 100 + d.day();
  }

  static networth.model.PartialDate unpack(int d) {
    return new networth.model.PartialDate(d / 10_000, d / 100 % 100, d % 100);
  }
}
