package networth.io;

/** Hears how far reading a large map has come. {@link #NONE} hears nothing. */
public interface Progress {

  /** How often, in rows, reading reports. */
  long EVERY = 500_000;

  Progress NONE = (source, rows, done) -> {};

  /**
   * @param source the file being read
   * @param rows how many rows (or lines) of it are read so far
   * @param done whether it is read to the end
   */
  void read(String source, long rows, boolean done);
}
