package networth.imports.graphs;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.io.Progress;

/**
 * What reading a graph file in XML is, whatever its dialect: the bytes read safely ({@link
 * XmlInput}), the root element checked, the elements read into a {@link FileGraph}, and that made
 * into what the import found.
 */
abstract class XmlGraphImporter implements Importer {

  /** The root element of this dialect: {@code gexf}, {@code graphml}. */
  abstract String root();

  /** The dialect's name as a person says it: "GEXF", "GraphML". */
  abstract String dialect();

  /** Reads the elements after the root's start into {@code graph}. */
  abstract void elements(XMLStreamReader r, SourceText text, FileGraph graph)
      throws XMLStreamException, ImportException;

  @Override
  public final Found read(List<ImportFile> files, Progress progress)
      throws ImportException, IOException {
    Found.Builder found = Found.builder(name());
    for (ImportFile file : files) {
      byte[] bytes;
      try (InputStream in = file.open()) {
        bytes = in.readAllBytes();
      }
      SourceText text = new SourceText(file.name(), bytes);
      FileGraph graph = new FileGraph(file.name(), progress);
      XMLStreamReader r = XmlInput.open(text);
      try {
        toRoot(r, text);
        elements(r, text, graph);
      } catch (XMLStreamException e) {
        throw XmlInput.broken(text, e);
      } finally {
        close(r);
      }
      graph.done();
      GraphToFound.add(graph, text, found);
    }
    return found.build();
  }

  /** Reads up to the root element's start, and makes sure it is this dialect's. */
  private void toRoot(XMLStreamReader r, SourceText text)
      throws XMLStreamException, ImportException {
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.DTD) {
        throw XmlInput.doctype(text, line(r));
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        String found = r.getLocalName();
        if (found.equals(root())) {
          return;
        }
        String hint =
            found.equals("gexf")
                ? "it is a GEXF file: import it with `networth import gexf " + text.file() + "`"
                : found.equals("graphml")
                    ? "it is a GraphML file: import it with `networth import graphml "
                        + text.file()
                        + "`"
                    : "give a "
                        + dialect()
                        + " file (as "
                        + (root().equals("gexf") ? "Gephi" : "yEd")
                        + " saves it); `networth import` lists the other sources";
        Problem p =
            Problem.error(
                text.find(line(r), "<" + prefixed(r)),
                "expected a "
                    + dialect()
                    + " file, whose root element is <"
                    + root()
                    + ">, but found <"
                    + prefixed(r)
                    + ">",
                hint);
        throw new ImportException(text.showing(p));
      }
    }
    throw new ImportException(
        Problem.error(
            text.position(0, 0),
            "the file holds no XML element: expected a " + dialect() + " file",
            "give the " + dialect() + " file itself"));
  }

  /** The element's name as written: {@code y:ShapeNode}. */
  static String prefixed(XMLStreamReader r) {
    String prefix = r.getPrefix();
    return prefix == null || prefix.isEmpty() ? r.getLocalName() : prefix + ":" + r.getLocalName();
  }

  /** The line the reader stands on, from 1. */
  static int line(XMLStreamReader r) {
    return Math.max(1, r.getLocation().getLineNumber());
  }

  /** An attribute's value, or empty when it is missing. */
  static String attribute(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(null, name);
    return v == null ? "" : v;
  }

  /** A start tag without an attribute it cannot do without ({@code <node>} without its id). */
  static ImportException missing(
      XMLStreamReader r, SourceText text, String element, String attribute) {
    Problem p =
        Problem.error(
            text.find(line(r), "<" + prefixed(r)),
            "<" + element + "> without its " + attribute,
            "give every <" + element + "> a " + attribute + "=\"…\"");
    return new ImportException(text.showing(p));
  }

  /** Reads past the end of the element whose start the reader is on. */
  static void skipElement(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void close(XMLStreamReader r) {
    try {
      r.close();
    } catch (XMLStreamException e) {
      // Nothing is left to read from bytes in memory; a failure to let go of them changes nothing.
    }
  }
}
