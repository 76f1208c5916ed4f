package networth.imports;

import java.io.IOException;
import java.util.List;
import networth.io.Progress;

/**
 * Reads the files another program writes (a LinkedIn export, a Kumu sheet, a vCard) into what they
 * hold. Each source is one implementation, registered for {@link java.util.ServiceLoader} in {@code
 * META-INF/services/networth.imports.Importer}: adding a source is adding a class.
 *
 * <p>An importer only reads: it neither opens nor changes a map. It reports a file it cannot read
 * with {@link ImportException} (file, row or line, field, and what to do), and a row it reads but
 * leaves out with {@link Found.Builder#skip}.
 */
public interface Importer {

  /** The word that names it: {@code networth import linkedin …}. Lower case. */
  String name();

  /** Other words for it ({@code twitter} for {@code x}); lower case. */
  default List<String> aliases() {
    return List.of();
  }

  /** One line saying what it reads, for help and for the message listing the sources. */
  String description();

  /**
   * Reads the files, as the user gave them (a zip, or the files inside it).
   *
   * @param progress hears how many rows of each file are read, every {@link Progress#EVERY} rows or
   *     oftener, and once at the end
   * @throws ImportException when a file is not what this source writes, or is broken
   * @throws IOException when a file cannot be read at all
   */
  Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException;
}
