package networth.imports.linkedin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.imports.ImportFile;

/**
 * The zip LinkedIn sends ({@code Basic_LinkedInDataExport_11-30-2026.zip}), opened into its files,
 * each named {@code export.zip/Connections.csv} (or {@code export.zip/folder/Connections.csv} in a
 * "Complete" archive's folders) so that messages and sources say where a row is.
 *
 * <p>A download cut short is the usual way such a zip breaks, and {@link ZipInputStream} alone
 * would read the entries before the cut and say nothing: so the end-of-archive record a whole zip
 * closes with is looked for first, and any error while inflating is reported as the same plain
 * sentence.
 */
final class ExportArchive {

  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ARCHIVE = {'P', 'K', 5, 6};

  /** The end record is 22 bytes and a comment of at most 65,535 follows its signature's fields. */
  private static final int END_RECORD_REACH = 22 + 65_535;

  private ExportArchive() {}

  /** Whether a file's first bytes are a zip's. */
  static boolean isZip(ImportFile file) throws IOException {
    try (InputStream in = file.open()) {
      byte[] head = in.readNBytes(4);
      return startsWith(head, LOCAL_HEADER) || startsWith(head, EMPTY_ARCHIVE);
    }
  }

  /** Every file in the zip, in its order, folders left out. */
  static List<ImportFile> entries(ImportFile zip) throws IOException, ImportException {
    byte[] bytes;
    try (InputStream in = zip.open()) {
      bytes = in.readAllBytes();
    }
    if (!hasEnd(bytes)) {
      throw incomplete(zip);
    }
    List<ImportFile> files = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          files.add(ImportFile.of(zip.name() + "/" + e.getName(), in.readAllBytes()));
        }
      }
    } catch (ZipException | java.io.EOFException | IllegalArgumentException e) {
      // A damaged entry, a bad CRC, an entry cut short, a name in no known encoding.
      throw incomplete(zip);
    }
    return files;
  }

  private static ImportException incomplete(ImportFile zip) {
    return new ImportException(
        Problem.error(
            SourcePosition.of(zip.name()),
            zip.name() + " is not a complete zip archive",
            "download the export again: the download was probably cut short"));
  }

  private static boolean hasEnd(byte[] bytes) {
    int from = Math.max(0, bytes.length - END_RECORD_REACH);
    for (int i = bytes.length - 22; i >= from; i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
