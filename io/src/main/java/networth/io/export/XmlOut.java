package networth.io.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The JDK's XML writer with indentation, for GraphML and GEXF: it escapes every text and attribute,
 * so a label like {@code <script>} or {@code &} stays text. It writes to its writer as it goes; a
 * failure to write there is an {@link UncheckedIOException}, anything else a bug.
 */
final class XmlOut {

  private final Writer out;
  private final XMLStreamWriter xml;
  private int depth;
  private boolean hadChild;

  XmlOut(Writer out) {
    this.out = out;
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private static RuntimeException failed(XMLStreamException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return new UncheckedIOException(io);
      }
    }
    return new IllegalStateException(e);
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
      throw failed(e);
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
      throw failed(e);
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
      throw failed(e);
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
      throw failed(e);
    }
  }

  /** Ends the document and its last line; the writer is flushed, not closed. */
  void finish() {
    try {
      xml.writeEndDocument();
      xml.close();
      out.write("\n");
      out.flush();
    } catch (XMLStreamException e) {
      throw failed(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
