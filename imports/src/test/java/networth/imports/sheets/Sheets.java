package networth.imports.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.io.Progress;
import networth.model.Link;
import networth.model.Node;

/** The hand-written test files, and ways to look into what an import found. */
final class Sheets {

  private Sheets() {}

  /** A test file, under its own name (as a user would give it from its folder). */
  static ImportFile file(String resource) {
    try (InputStream in = Sheets.class.getResourceAsStream("/sheets/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file " + resource);
      }
      return ImportFile.of(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The importer the command line would find for this word. */
  static Importer installed(String name) {
    return Importers.installed().named(name).orElseThrow();
  }

  static Found read(String importer, ImportFile... files) throws Exception {
    return installed(importer).read(List.of(files), Progress.NONE);
  }

  static Map<String, Node> nodes(Found found) {
    return found.nodes().stream()
        .map(Found.Entry::item)
        .collect(Collectors.toMap(Node::id, Function.identity()));
  }

  /** "from → to" for each link, in order. */
  static List<String> ends(Found found) {
    return found.links().stream().map(e -> e.item().from() + " → " + e.item().to()).toList();
  }

  static Found.Entry<Link> link(Found found, String from, String to) {
    Optional<Found.Entry<Link>> l =
        found.links().stream()
            .filter(e -> e.item().from().equals(from) && e.item().to().equals(to))
            .findFirst();
    return l.orElseThrow(() -> new AssertionError("no link " + from + " → " + to));
  }

  static Found.Entry<Node> node(Found found, String id) {
    return found.nodes().stream()
        .filter(e -> e.item().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id));
  }
}
