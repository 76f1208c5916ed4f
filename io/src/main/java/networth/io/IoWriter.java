package networth.io;

import java.io.IOException;
import java.io.Writer;

/**
 * What writes a file's text, given where to write it: {@link
 * MapFiles#atomically(java.nio.file.Path, IoWriter)} hands it a buffered UTF-8 writer over the
 * temporary file, so that a large map goes to disk as it is written instead of first being built
 * whole in memory.
 */
@FunctionalInterface
public interface IoWriter {

  /** Writes everything into {@code out}; need not flush or close it. */
  void write(Writer out) throws IOException;
}
