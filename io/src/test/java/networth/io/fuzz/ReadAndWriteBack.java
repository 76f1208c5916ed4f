package networth.io.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import networth.diagnostics.Problem;
import networth.io.MapContent;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.io.UnsupportedFormatException;
import networth.io.fuzz.Verdict.Kind;
import networth.model.NetworkMap;

/**
 * One try of the harness, as a user's commands meet an input: the files written to a folder, {@link
 * MapFiles#read} on them; then, for a map read without errors, every form and export written with
 * {@link MapFiles#write} and the three map forms read back.
 */
final class ReadAndWriteBack {

  /** Java's voice in a message: a class name, an exception, a package. */
  static final Pattern INTERNALS =
      Pattern.compile(
          "Exception|\\bjava\\.|\\bjavax\\.|com\\.fasterxml|org\\.apache|\\bnetworth\\.[a-z]"
              + "|\\bat [a-z]+\\.[a-z]+\\.");

  /** Graphviz checks the DOT export where it is installed, unless -Dfuzz.dot=false. */
  private static final boolean DOT =
      !"false".equals(System.getProperty("fuzz.dot"))
          && Files.isExecutable(Path.of("/usr/bin/dot"));

  private final Path dir;

  /** What reading gave, when it gave a result (for the tally). */
  ReadResult read;

  /** The documented exception reading threw instead, if it did (for the tally). */
  Exception refused;

  ReadAndWriteBack(Path dir) {
    this.dir = dir;
  }

  /** Writes the input's files under the folder, as a user's map would lie. */
  static List<Path> write(FuzzInput in, Path dir) throws IOException {
    return switch (in.form()) {
      case NETMAP -> List.of(Files.write(dir.resolve("map.netmap"), in.files().get(0)));
      case JSON -> List.of(Files.write(dir.resolve("map.json"), in.files().get(0)));
      case CSV -> {
        Path folder = Files.createDirectories(dir.resolve("map"));
        Files.write(folder.resolve(MapFiles.ELEMENTS), in.files().get(0));
        Files.write(folder.resolve(MapFiles.CONNECTIONS), in.files().get(1));
        yield List.of(folder);
      }
    };
  }

  Verdict run(FuzzInput in) throws IOException {
    List<Path> files = write(in, dir);
    try {
      read = MapFiles.read(files);
    } catch (UnsupportedFormatException | IOException e) {
      // The documented exceptions: their message is what a person is shown.
      refused = e;
      String said = String.valueOf(e.getMessage());
      return INTERNALS.matcher(said).find() || said.equals("null")
          ? Verdict.thrown(Kind.INTERNALS, "reading", e)
          : Verdict.FINE;
    } catch (RuntimeException | Error e) {
      return Verdict.thrown(Kind.UNCAUGHT, "reading", e);
    }
    for (Problem p : read.problems()) {
      if (p.position().line() < 1) {
        return Verdict.of(Kind.NO_PLACE, p.render());
      }
      if (INTERNALS.matcher(p.message() + "\n" + p.hint()).find()) {
        return Verdict.of(Kind.INTERNALS, p.render());
      }
    }
    return read.hasErrors() ? Verdict.FINE : writeBack(read);
  }

  private Verdict writeBack(ReadResult read) {
    NetworkMap map = read.map();
    Path out;
    try {
      out = Files.createDirectories(dir.resolve("out"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> forms = List.of("map.netmap", "map.json", "map/", "map.dot", "map.mmd");
    List<String> more = List.of("map.graphml", "map.gexf", "map.cyjs");
    List<Path> written = new ArrayList<>();
    for (String name : Stream.concat(forms.stream(), more.stream()).toList()) {
      Path target = out.resolve(name);
      try {
        MapFiles.write(map, read.layout(), target);
        written.add(target);
      } catch (IOException | RuntimeException | Error e) {
        return Verdict.thrown(Kind.WRITE_FAILED, "writing " + name, e);
      }
    }
    Verdict exports = exports(out);
    if (!exports.isFine()) {
      return exports;
    }
    for (String name : List.of("map.netmap", "map.json", "map")) {
      Verdict back = readBack(map, out.resolve(name), !name.equals("map"));
      if (!back.isFine()) {
        return back;
      }
    }
    return Verdict.FINE;
  }

  private static Verdict readBack(NetworkMap map, Path file, boolean withSettings) {
    ReadResult again;
    try {
      again = MapFiles.read(List.of(file));
    } catch (IOException | RuntimeException | Error e) {
      return Verdict.thrown(Kind.ROUND_TRIP, "reading back " + file.getFileName(), e);
    }
    if (again.hasErrors()) {
      return Verdict.of(
          Kind.ROUND_TRIP,
          "reading back " + file.getFileName() + ": " + again.errors().get(0).render());
    }
    try {
      MapContent.assertSameContent(again.map(), map, withSettings);
    } catch (AssertionError e) {
      return Verdict.of(
          Kind.ROUND_TRIP, "reading back " + file.getFileName() + " gives another map: " + e);
    }
    return Verdict.FINE;
  }

  /** The exports parse as what they claim to be, whatever the labels hold. */
  private static Verdict exports(Path out) {
    try {
      var xml = DocumentBuilderFactory.newInstance();
      xml.setNamespaceAware(true);
      for (String name : List.of("map.graphml", "map.gexf")) {
        xml.newDocumentBuilder().parse(out.resolve(name).toFile());
      }
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("map.cyjs").toFile());
    } catch (Exception e) {
      return Verdict.thrown(Kind.EXPORT_BROKEN, "parsing an export", e);
    }
    if (DOT) {
      try {
        Process dot =
            new ProcessBuilder("/usr/bin/dot", "-Tcanon", out.resolve("map.dot").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(false)
                .start();
        String err = new String(dot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!dot.waitFor(20, TimeUnit.SECONDS)) {
          dot.destroyForcibly();
          return Verdict.of(Kind.EXPORT_BROKEN, "dot did not finish");
        }
        if (dot.exitValue() != 0) {
          return Verdict.of(Kind.EXPORT_BROKEN, "dot refuses the DOT export: " + err.strip());
        }
      } catch (IOException e) {
        return Verdict.thrown(Kind.EXPORT_BROKEN, "running dot", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Verdict.thrown(Kind.EXPORT_BROKEN, "running dot", e);
      }
    }
    return Verdict.FINE;
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
