package networth.imports.linkedin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The records of a comma-separated file, one at a time, each field with the line and column where
 * it starts: LinkedIn writes its notes before the header and lets a message run over several lines,
 * and a message about a bad cell must name the line a text editor shows. A byte-order mark is
 * dropped; CRLF and LF both end a line; a quoted value may hold commas, doubled quotes and line
 * breaks.
 *
 * <p>Written here rather than taken from Commons CSV because the column of each field, counted in
 * characters of its physical line, is what the messages cite, and a parser that hides it would have
 * to be undone.
 */
final class CsvRecords implements AutoCloseable {

  /**
   * One value and where it starts.
   *
   * @param value the text, quotes removed
   * @param line the physical line it starts on, from 1
   * @param column the character it starts at on that line, from 1 (its opening quote if quoted)
   * @param width how many characters it spans on that line, at least 1
   */
  record Field(String value, int line, int column, int width) {}

  /**
   * One record.
   *
   * @param line the physical line it starts on
   * @param fields its values, in order
   * @param lines the text of each physical line it spans, for showing under a message
   * @param unclosed whether the file ended inside a quoted value
   */
  record Row(int line, List<Field> fields, List<String> lines, boolean unclosed) {

    /** Whether every value is empty: a blank line, or a row of commas. */
    boolean blank() {
      return fields.stream().allMatch(f -> f.value().isBlank());
    }

    /** The text of a physical line of this record, or empty when it is not one of them. */
    String text(int physicalLine) {
      int i = physicalLine - line;
      return i >= 0 && i < lines.size() ? lines.get(i) : "";
    }
  }

  private final BufferedReader in;
  private int lineNumber;
  private boolean first = true;

  CsvRecords(InputStream bytes) {
    this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The next record, or empty at the end of the file. */
  Optional<Row> next() throws IOException {
    String text = readLine();
    if (text == null) {
      return Optional.empty();
    }
    int start = lineNumber;
    List<String> lines = new ArrayList<>(1);
    lines.add(text);
    List<Field> fields = new ArrayList<>(8);
    StringBuilder value = new StringBuilder();
    int pos = 0;
    while (true) {
      // One field from pos: quoted or plain.
      int fieldLine = lineNumber;
      int fieldColumn = pos + 1;
      value.setLength(0);
      if (pos < text.length() && text.charAt(pos) == '"') {
        pos++;
        while (true) {
          int quote = text.indexOf('"', pos);
          if (quote < 0) {
            // The value runs on to the next line.
            value.append(text, pos, text.length());
            String more = readLine();
            if (more == null) {
              fields.add(new Field(value.toString(), fieldLine, fieldColumn, 1));
              return Optional.of(new Row(start, fields, lines, true));
            }
            value.append('\n');
            text = more;
            lines.add(text);
            pos = 0;
            continue;
          }
          value.append(text, pos, quote);
          if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
            value.append('"');
            pos = quote + 2;
            continue;
          }
          pos = quote + 1;
          break;
        }
        // Anything between the closing quote and the comma belongs to the value, as spreadsheet
        // programs read it.
        int comma = text.indexOf(',', pos);
        int end = comma < 0 ? text.length() : comma;
        value.append(text, pos, end);
        int width = lineNumber == fieldLine ? end - fieldColumn + 1 : 1;
        fields.add(new Field(value.toString(), fieldLine, fieldColumn, width));
        if (comma < 0) {
          break;
        }
        pos = comma + 1;
      } else {
        int comma = text.indexOf(',', pos);
        int end = comma < 0 ? text.length() : comma;
        fields.add(new Field(text.substring(pos, end), fieldLine, fieldColumn, end - pos));
        if (comma < 0) {
          break;
        }
        pos = comma + 1;
      }
    }
    return Optional.of(new Row(start, fields, lines, false));
  }

  private String readLine() throws IOException {
    String line = in.readLine();
    if (line == null) {
      return null;
    }
    lineNumber++;
    if (first) {
      first = false;
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
    }
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
