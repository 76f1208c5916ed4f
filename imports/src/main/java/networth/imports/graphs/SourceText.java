package networth.imports.graphs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;

/**
 * A file's bytes, kept so that a message can show the line it is about and point its column at the
 * attribute that is wrong, not at the end of the element the XML reader has just passed.
 */
final class SourceText {

  /** How far back from the line the reader reports a search for an attribute goes. */
  private static final int LINES_BACK = 8;

  private final String file;
  private final byte[] bytes;
  private List<String> lines;

  SourceText(String file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  String file() {
    return file;
  }

  byte[] bytes() {
    return bytes;
  }

  SourcePosition position(int line, int column) {
    return new SourcePosition(file, line, column);
  }

  /**
   * Where {@code needle} (an attribute as written, {@code target="n9"}) stands on the line an
   * element ended on or the few before it (a start tag may span lines); the line alone when it is
   * not found.
   */
  SourcePosition find(int line, String needle) {
    for (int l = line; l > 0 && l > line - LINES_BACK; l--) {
      int at = line(l).indexOf(needle);
      if (at >= 0) {
        return position(l, at + 1);
      }
    }
    return position(line, 0);
  }

  /** The same problem, showing its line under it. */
  Problem showing(Problem p) {
    int line = p.position().line();
    String text = line(line);
    return text.isEmpty() ? p : p.showing(text, p.length());
  }

  String line(int number) {
    if (lines == null) {
      lines = split(new String(bytes, StandardCharsets.UTF_8));
    }
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(from, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }
}
