package networth.imports.graphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.io.Progress;
import networth.model.Link;
import networth.model.Node;

/** Reads the hand-written files of the tests through the importers the class path registers. */
final class Graphs {

  private Graphs() {}

  /** The importer the word names, as {@code networth import} finds it. */
  static Importer importer(String name) {
    Optional<Importer> i = Importers.installed().named(name);
    assertThat(i).as("the importer '%s' is registered", name).isPresent();
    return i.get();
  }

  static ImportFile file(String name) throws IOException {
    try (InputStream in = Graphs.class.getResourceAsStream("/graphs/" + name)) {
      assertThat(in).as(name).isNotNull();
      return ImportFile.of(name, in.readAllBytes());
    }
  }

  static Found read(String importer, String name) throws IOException, ImportException {
    return importer(importer).read(List.of(file(name)), Progress.NONE);
  }

  static Found.Entry<Node> node(Found found, String id) {
    return found.nodes().stream()
        .filter(e -> e.item().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + id + " in " + ids(found)));
  }

  static List<String> ids(Found found) {
    return found.nodes().stream().map(e -> e.item().id()).toList();
  }

  /** Each link as "from -> to", in the order found. */
  static List<String> arrows(Found found) {
    return found.links().stream().map(e -> e.item().from() + " -> " + e.item().to()).toList();
  }

  static Found.Entry<Link> link(Found found, int index) {
    return found.links().get(index);
  }
}
