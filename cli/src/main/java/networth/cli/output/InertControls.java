package networth.cli.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What networth prints, with control characters made inert: a label holding ESC (or any other C0 or
 * C1 control, or DEL) would otherwise move the cursor, recolour or retitle the terminal, or hide
 * what comes before it. Each is shown as its escape, {@code \u001b}; line breaks and tabs pass. A
 * carriage return that starts a write passes too: it is the progress line's own, redrawn in place;
 * one inside a label is shown as {@code \u000d}.
 */
public final class InertControls extends FilterWriter {

  public InertControls(Writer out) {
    super(out);
  }

  /**
   * A printer whose text is made inert, that can still hand out the writer beneath: for output that
   * is a file's exact content on its way to a pipe ({@code fmt --stdout}), not text for a person.
   */
  public static final class Printer extends PrintWriter {
    private final PrintWriter raw;

    public Printer(PrintWriter raw) {
      super(new InertControls(raw), true);
      this.raw = raw;
    }

    /** The writer beneath, which passes every character as it is. */
    public PrintWriter raw() {
      flush();
      return raw;
    }
  }

  /** What {@code out} writes beneath its inert layer, or {@code out} itself if it has none. */
  public static PrintWriter raw(PrintWriter out) {
    return out instanceof Printer p ? p.raw() : out;
  }

  /** Whether {@code c} is shown as its escape rather than sent to the terminal. */
  static boolean inert(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
  }

  @Override
  public void write(int c) throws IOException {
    if (inert((char) c)) {
      out.write(escape((char) c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int from = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = buf[i];
      if (inert(c) && !(c == '\r' && i == off)) {
        out.write(buf, from, i - from);
        out.write(escape(c));
        from = i + 1;
      }
    }
    out.write(buf, from, end - from);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    int from = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = s.charAt(i);
      if (inert(c) && !(c == '\r' && i == off)) {
        out.write(s, from, i - from);
        out.write(escape(c));
        from = i + 1;
      }
    }
    out.write(s, from, end - from);
  }

  private static String escape(char c) {
    return String.format("\\u%04x", (int) c);
  }
}
