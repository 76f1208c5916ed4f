package networth.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.io.check.MapChecker;
import networth.io.csv.CsvMapReader;
import networth.io.csv.CsvMapReader.Sheet;
import networth.io.csv.CsvMapWriter;
import networth.io.export.CytoscapeWriter;
import networth.io.export.DotWriter;
import networth.io.export.GexfWriter;
import networth.io.export.GraphmlWriter;
import networth.io.export.MermaidWriter;
import networth.io.json.JsonMapReader;
import networth.io.json.JsonMapWriter;
import networth.io.netmap.NetmapReader;
import networth.io.netmap.NetmapWriter;
import networth.model.NetworkMap;

/**
 * Reads and writes maps in every format, choosing by extension. Writing goes to a temporary file
 * beside the target and is then renamed over it, so a failure never leaves half a file.
 */
public final class MapFiles {

  public static final String ELEMENTS = "elements.csv";
  public static final String CONNECTIONS = "connections.csv";

  private MapFiles() {}

  /**
   * Reads one map from its files, and checks it as a whole.
   *
   * @param inputs one .netmap or .json file; or one or two .csv sheets; or a folder of the pair
   * @throws UnsupportedFormatException when the files are not of a form networth reads
   * @throws IOException when a file cannot be read
   */
  public static ReadResult read(List<Path> inputs) throws IOException {
    return read(inputs, Progress.NONE);
  }

  /** The same, telling {@code progress} how far reading a large spreadsheet has come. */
  public static ReadResult read(List<Path> inputs, Progress progress) throws IOException {
    return read(inputs, progress, true);
  }

  /**
   * The same without the file's layout ({@link ReadResult#layout()} is {@link Layout#NONE}), for a
   * command that analyses the map and never writes it back: the map, its problems and their places
   * are those {@link #read(List, Progress)} gives.
   */
  public static ReadResult readForAnalysis(List<Path> inputs, Progress progress)
      throws IOException {
    return read(inputs, progress, false);
  }

  private static ReadResult read(List<Path> inputs, Progress progress, boolean keepLayout)
      throws IOException {
    try {
      return readChecked(inputs, progress, keepLayout);
    } catch (java.nio.charset.CharacterCodingException e) {
      // A reader that decodes as it goes knows no place: find the first bad byte, only now.
      throw notUtf8(inputs, e);
    }
  }

  private static IOException notUtf8(List<Path> inputs, IOException e) throws IOException {
    for (Path p : inputs) {
      List<Path> files =
          Files.isDirectory(p) ? List.of(p.resolve(ELEMENTS), p.resolve(CONNECTIONS)) : List.of(p);
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          Optional<InputFileException> bad = Utf8Text.check(f);
          if (bad.isPresent()) {
            return bad.get();
          }
        }
      }
    }
    return e;
  }

  private static ReadResult readChecked(List<Path> inputs, Progress progress, boolean keepLayout)
      throws IOException {
    if (inputs.isEmpty()) {
      throw new UnsupportedFormatException(
          "no map given: name a map file (" + MapFormat.choices() + ")");
    }
    List<MapFormat> formats = new ArrayList<>();
    for (Path p : inputs) {
      formats.add(
          MapFormat.of(p)
              .orElseThrow(
                  () ->
                      new UnsupportedFormatException(
                          "cannot tell the format of "
                              + p
                              + ": name a file ending in "
                              + MapFormat.choices())));
    }
    for (int i = 0; i < inputs.size(); i++) {
      refuseNonFile(inputs.get(i), formats.get(i));
    }
    MapFormat format = formats.get(0);
    String name = inputs.get(0).toString();
    for (int i = 0; i < inputs.size(); i++) {
      if (!formats.get(i).isReadable()) {
        throw new UnsupportedFormatException(
            "networth writes "
                + formats.get(i).extension()
                + " for other tools but does not read it: give a map in "
                + MapFormat.choices());
      }
    }
    if (format != MapFormat.CSV && inputs.size() > 1) {
      throw new UnsupportedFormatException(
          "a " + format.extension() + " map is one file; only a CSV map comes as two sheets");
    }
    ReadResult read =
        switch (format) {
          case NETMAP -> readNetmap(inputs.get(0), keepLayout);
          case JSON -> JsonMapReader.read(name, inputs.get(0));
          case CSV -> readCsv(inputs, formats, progress);
          default -> throw new IllegalStateException("unreadable format " + format);
        };
    return MapChecker.check(read, name);
  }

  // How many windows, of how many bytes, a large .netmap's sizes are guessed from: some thirty
  // thousand lines in a thousand reads.
  private static final int SPREAD = 1_000;

  private static final int SPREAD_BYTES = 1_024;

  // Bytes from which a .netmap file is checked to be UTF-8 beside its reading.
  private static final int CHECK_BESIDE_FROM = 1 << 20;

  private static ReadResult readNetmap(Path file, boolean keepLayout) throws IOException {
    // Kept open while the map's lines may be shown (in messages, later): read where they stand, a
    // large file costs no memory of its own; the channel closes once they are no longer reachable.
    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file);
    long size = channel.size();
    if (size < CHECK_BESIDE_FROM || size > Integer.MAX_VALUE - 8) {
      // A small file is read whole and checked first: a thread would cost more.
      channel.close();
      return NetmapReader.read(file.toString(), Utf8Text.bytes(file), keepLayout);
    }
    try {
      // The line breaks are found on a thread of their own while the reader makes room for what
      // the lines hold, from lines spread over the bytes.
      java.util.concurrent.FutureTask<SourceLines> lines =
          Workers.started("line breaks", () -> SourceLines.inFile(channel, (int) size));
      // A file of ASCII alone (told as its lines were found) is UTF-8. Whether another is, is
      // found on a thread of its own while it is read; a file that is not is reported, and what
      // was read of it thrown away.
      java.util.concurrent.Future<Optional<InputFileException>> checked =
          Workers.started(
              "utf-8 check",
              () ->
                  Workers.joined(lines).isAscii()
                      ? Optional.empty()
                      : Utf8Text.problem(file, channel, size));
      SourceLines.Spread sample = SourceLines.spread(channel, (int) size, SPREAD, SPREAD_BYTES);
      ReadResult read = NetmapReader.read(file.toString(), lines, sample, keepLayout);
      Optional<InputFileException> bad = checked.get();
      if (bad.isPresent()) {
        throw bad.get();
      }
      return read;
    } catch (SourceLines.Shortened e) {
      throw Utf8Text.changedWhileRead(file);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof SourceLines.Shortened) {
        throw Utf8Text.changedWhileRead(file);
      }
      if (e.getCause() instanceof java.io.UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException("cannot check that " + file + " is UTF-8: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading " + file);
    }
  }

  private static ReadResult readCsv(List<Path> inputs, List<MapFormat> formats, Progress progress)
      throws IOException {
    if (formats.stream().anyMatch(f -> f != MapFormat.CSV) || inputs.size() > 2) {
      throw new UnsupportedFormatException(
          "a CSV map is an elements sheet and a connections sheet, nothing else");
    }
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
      SheetPair.check(dir);
      if (Files.isDirectory(p)) {
        files.add(p.resolve(ELEMENTS));
        if (Files.exists(p.resolve(CONNECTIONS))) {
          files.add(p.resolve(CONNECTIONS));
        }
      } else {
        files.add(p);
      }
    }
    Optional<Sheet> elements = Optional.empty();
    Optional<Sheet> connections = Optional.empty();
    for (Path f : files) {
      if (!Files.exists(f)) {
        throw new java.nio.file.NoSuchFileException(f.toString());
      }
      refuseNonFile(f, MapFormat.CSV);
      Sheet sheet = Sheet.file(f);
      if (CsvMapReader.isConnections(sheet)) {
        if (connections.isPresent()) {
          throw new UnsupportedFormatException(
              "two connections sheets given: " + connections.get().name() + " and " + f);
        }
        connections = Optional.of(sheet);
      } else {
        if (elements.isPresent()) {
          throw new UnsupportedFormatException(
              "two elements sheets given: " + elements.get().name() + " and " + f);
        }
        elements = Optional.of(sheet);
      }
    }
    return CsvMapReader.read(elements, connections, progress);
  }

  /**
   * Refuses, before opening it, what is not a map file: a FIFO would block the read forever, a
   * device would never end, and a folder is a map only as the CSV pair.
   */
  private static void refuseNonFile(Path p, MapFormat format) {
    if (Files.isDirectory(p) && format != MapFormat.CSV) {
      throw new UnsupportedFormatException(
          p
              + " is a folder, not a "
              + format.extension()
              + " file; a folder is read as a CSV map when it holds "
              + ELEMENTS
              + " and "
              + CONNECTIONS);
    }
    if (Files.exists(p) && !Files.isDirectory(p) && !Files.isRegularFile(p)) {
      throw new UnsupportedFormatException(
          p + " is not a regular file (a FIFO, device or socket): give a map file");
    }
  }

  /**
   * Writes a map in the format of {@code out}'s extension; a folder (or a path ending in /) gets
   * {@value #ELEMENTS} and {@value #CONNECTIONS}.
   *
   * @param layout how the map's source file was laid out, or {@link Layout#NONE}
   * @return the files written
   */
  public static List<Path> write(NetworkMap map, Layout layout, Path out) throws IOException {
    MapFormat format =
        MapFormat.of(out)
            .orElseThrow(
                () ->
                    new UnsupportedFormatException(
                        "cannot tell what to write to "
                            + out
                            + ": end it in "
                            + MapFormat.choices()
                            + ", or for other tools "
                            + MapFormat.exports()));
    return switch (format) {
      case NETMAP -> List.of(atomically(out, w -> NetmapWriter.write(map, layout, w)));
      case JSON -> List.of(atomically(out, w -> JsonMapWriter.write(map, w)));
      case CSV -> csv(map, out);
      case DOT -> List.of(atomically(out, w -> DotWriter.write(map, w)));
      case MERMAID -> List.of(atomically(out, w -> MermaidWriter.write(map, w)));
      case GRAPHML -> List.of(atomically(out, w -> GraphmlWriter.write(map, w)));
      case GEXF -> List.of(atomically(out, w -> GexfWriter.write(map, w)));
      case CYJS -> List.of(atomically(out, w -> CytoscapeWriter.write(map, w)));
    };
  }

  private static List<Path> csv(NetworkMap map, Path out) throws IOException {
    if (Files.isDirectory(out) && MapFormat.byName(out).isPresent()) {
      throw new UnsupportedFormatException(
          "cannot write to "
              + out
              + ": it is a folder, and its name ends as a "
              + MapFormat.byName(out).get().extension()
              + " file does; to write the CSV pair into a folder, name one without an extension"
              + " (-o sheets/)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UnsupportedFormatException(
          "cannot write the CSV pair into "
              + out
              + ": it is a file, not a folder; name a folder (-o sheets/)");
    }
    if (out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      throw new UnsupportedFormatException(
          "a CSV map is two sheets: give a folder to write "
              + ELEMENTS
              + " and "
              + CONNECTIONS
              + " into (-o "
              + (out.getParent() == null ? "map" : out.getParent().resolve("map"))
              + "/)");
    }
    Files.createDirectories(out);
    return SheetPair.write(
        out, w -> CsvMapWriter.elements(map, w), w -> CsvMapWriter.connections(map, w));
  }

  /** Writes a file through a temporary file in the same folder, renamed over the target. */
  public static Path atomically(Path target, String content) throws IOException {
    return atomically(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The same for text that {@code what} writes: encoded as UTF-8 into the temporary file as it is
   * written, so that a large map is never held whole. If {@code what} fails half-way, the temporary
   * file is removed and the target is left as it was.
   */
  public static Path atomically(Path target, IoWriter what) throws IOException {
    try (Replacement r = Replacement.begin(target)) {
      r.write(what, OutputStream.nullOutputStream());
      return r.commit();
    }
  }

  /**
   * Replaces {@code target} by what {@code what} writes only if that differs from its present
   * bytes, comparing as the new text is written (never holding either whole); as {@link
   * #atomically(Path, IoWriter)} otherwise.
   *
   * @return whether the file changed
   */
  public static boolean replaceIfChanged(Path target, IoWriter what) throws IOException {
    if (!Files.exists(target)) {
      atomically(target, what);
      return true;
    }
    try (Replacement r = Replacement.begin(target);
        SameBytes old = SameBytes.as(target)) {
      r.write(what, old);
      if (old.same()) {
        return false;
      }
      r.commit();
      return true;
    }
  }

  /** Whether {@code what} writes exactly the bytes {@code file} holds; writes nothing. */
  public static boolean holds(Path file, IoWriter what) throws IOException {
    try (SameBytes old = SameBytes.as(file)) {
      TextOut text = new TextOut(old);
      try {
        what.write(text);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      text.flush();
      return old.same();
    }
  }

  /**
   * The same for bytes (a picture). A symbolic link is followed (the link stays, its target gets
   * the content); a folder, device or FIFO is refused; temporary files that killed writes of the
   * same target left behind are removed.
   */
  public static Path atomically(Path target, byte[] content) throws IOException {
    try (Replacement r = Replacement.begin(target)) {
      r.write(content);
      return r.commit();
    }
  }
}
