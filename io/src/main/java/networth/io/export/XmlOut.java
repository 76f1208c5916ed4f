package networth.io.export;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's XML writer with indentation, for GraphML and GEXF: it escapes every text and attribute,
 * so a label like {@code <script>} or {@code &} stays text.
 */
final class XmlOut {

  private final StringWriter buffer = new StringWriter();
  private final XMLStreamWriter xml;
  private int depth;
  private boolean hadChild;

  XmlOut() {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut open(String name, String... attributes) {
    try {
      indent();
      xml.writeStartElement(name);
      attributes(attributes);
      depth++;
      hadChild = false;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut empty(String name, String... attributes) {
    try {
      indent();
      xml.writeEmptyElement(name);
      attributes(attributes);
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut text(String name, String text, String... attributes) {
    try {
      indent();
      xml.writeStartElement(name);
      attributes(attributes);
      xml.writeCharacters(clean(text));
      xml.writeEndElement();
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  XmlOut close() {
    try {
      depth--;
      indent();
      xml.writeEndElement();
      hadChild = true;
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  String finish() {
    try {
      xml.writeEndDocument();
      xml.close();
      return buffer + "\n";
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private void attributes(String... pairs) throws XMLStreamException {
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      xml.writeAttribute(pairs[i], clean(pairs[i + 1]));
    }
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Drops the characters XML 1.0 cannot hold at all (most control characters). */
  private static String clean(String s) {
    StringBuilder c = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
        c.append(ch);
      }
    }
    return c.toString();
  }
}
