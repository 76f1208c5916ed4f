package networth.imports.graphs;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import networth.diagnostics.Problem;
import networth.imports.ImportException;

/**
 * The JDK's streaming XML reader, made safe for files from anywhere: no DTD is read and no external
 * entity resolved, so a hostile file can neither make the import read a local file ({@code <!ENTITY
 * x SYSTEM "file:///etc/passwd">}) nor expand entities without bound (the "billion laughs").
 */
final class XmlInput {

  private static final XMLInputFactory FACTORY = safeFactory();

  private XmlInput() {}

  private static XMLInputFactory safeFactory() {
    // The JDK's own implementation, whatever else is on the class path, so the settings below are
    // the ones that hold.
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  static XMLStreamReader open(SourceText text) throws ImportException {
    try {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(text.bytes()));
    } catch (XMLStreamException e) {
      throw broken(text, e);
    }
  }

  /**
   * "the XML is broken: …" at the place the parser stopped, in the parser's own sentence without
   * its framing ("ParseError at [row,col]:[3,5] Message: …").
   */
  static ImportException broken(SourceText text, XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
    String words = e.getMessage() == null ? "" : e.getMessage();
    int at = words.indexOf("Message:");
    if (at >= 0) {
      words = words.substring(at + "Message:".length());
    }
    words = plain(words.strip().replaceAll("\\s+", " "));
    Problem p =
        Problem.error(
            text.position(line, column),
            "the XML is broken: " + words,
            "open the file in a text editor and mend it there, or export it again from the"
                + " program that wrote it");
    return new ImportException(text.showing(p));
  }

  /** The parser's sentences that say nothing to a person, in words that do. */
  private static String plain(String words) {
    if (words.isEmpty() || words.contains("must start and end within the same entity")) {
      return "the file ends before its elements are closed (is it cut short?)";
    }
    if (words.contains("Premature end of file")) {
      return "the file is empty, or ends before its first element";
    }
    if (words.contains("Content is not allowed in prolog")) {
      return "there is text before the first element (is it an XML file at all?)";
    }
    return words;
  }

  /** The refusal of a {@code <!DOCTYPE>}: it is how a file would reach outside itself. */
  static ImportException doctype(SourceText text, int line) {
    // The reader stands at the declaration's end; the message points at its start.
    int start = 1;
    while (start < line && !text.line(start).contains("<!DOCTYPE")) {
      start++;
    }
    Problem p =
        Problem.error(
            text.find(start, "<!DOCTYPE"),
            "the file declares a DOCTYPE, which is not read: it could make the import read other"
                + " files or expand entities without end",
            "remove the <!DOCTYPE …> declaration (Gephi and yEd do not write one) and import it"
                + " again");
    return new ImportException(text.showing(p));
  }
}
