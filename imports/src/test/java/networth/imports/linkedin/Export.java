package networth.imports.linkedin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.io.Progress;
import networth.model.Affiliation;
import networth.model.Link;
import networth.model.Node;

/** The hand-written export files of the tests, and ways to look into what reading them found. */
final class Export {

  private Export() {}

  /** The importer as the command line finds it: through the service registration. */
  static Importer importer() {
    return Importers.installed().named("linkedin").orElseThrow();
  }

  /** A test file's bytes: {@code current/Connections.csv}. */
  static byte[] bytes(String resource) {
    try (InputStream in = Export.class.getResourceAsStream("/linkedin/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test file " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test file under the name a user would give it. */
  static ImportFile file(String resource, String name) {
    return ImportFile.of(name, bytes(resource));
  }

  /** A zip of test files, each under the entry name that follows it. */
  static byte[] zip(String... resourceThenEntry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < resourceThenEntry.length; i += 2) {
        z.putNextEntry(new ZipEntry(resourceThenEntry[i + 1]));
        z.write(bytes(resourceThenEntry[i]));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Found read(ImportFile... files) {
    try {
      return importer().read(List.of(files), Progress.NONE);
    } catch (ImportException | IOException e) {
      throw new AssertionError("expected the files to read, got: " + e.getMessage(), e);
    }
  }

  /** The problems reading the files reports: it must fail. */
  static List<Problem> problems(ImportFile... files) {
    return assertThrows(ImportException.class, () -> importer().read(List.of(files), Progress.NONE))
        .problems();
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

  static Found.Entry<Link> linkTo(Found found, String to) {
    List<Found.Entry<Link>> to1 =
        found.links().stream().filter(e -> e.item().to().equals(to)).toList();
    assertEquals(1, to1.size(), "links to " + to);
    return to1.get(0);
  }

  static List<Found.Entry<Affiliation>> affiliationsOf(Found found, String person) {
    return found.affiliations().stream().filter(e -> e.item().person().equals(person)).toList();
  }

  /** The skipped rows as "file row N: reason", in order. */
  static List<String> skipped(Found found) {
    List<String> out = new ArrayList<>();
    found.skipped().forEach(s -> out.add(s.origin() + ": " + s.reason()));
    return out;
  }

  static Map<String, String> attributes(String... keyThenValue) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keyThenValue.length; i += 2) {
      m.put(keyThenValue[i], keyThenValue[i + 1]);
    }
    return m;
  }
}
