package networth.render.text;

import java.util.ArrayList;
import java.util.List;

/** A table a person reads at a glance: columns padded to their widths, numbers to the right. */
public final class TextTable {

  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();

  /** Columns whose name starts with '>' are right-aligned (the '>' is not shown). */
  public TextTable(String... columns) {
    header = new ArrayList<>();
    right = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      right[i] = columns[i].startsWith(">");
      header.add(right[i] ? columns[i].substring(1) : columns[i]);
    }
  }

  public TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "a row needs " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    keys.add("");
    return this;
  }

  /**
   * A row about one node: the HTML table marks it with the node's id ({@code data-node}), so that a
   * page can light the node up when the row is clicked.
   */
  public TextTable row(NodeKey key, String... cells) {
    row(cells);
    keys.set(keys.size() - 1, key.id());
    return this;
  }

  /** The id of the node a row is about. */
  public record NodeKey(String id) {}

  /**
   * The table as aligned text. A control character in a cell is shown as its escape ({@code
   * \u001b}), measured as it is shown so the columns stay aligned; a line break or tab is a space.
   */
  public String render() {
    List<List<String>> shown =
        allRows().stream().map(r -> r.stream().map(TextTable::shown).toList()).toList();
    int[] width = new int[header.size()];
    for (List<String> r : shown) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> r : shown) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        String cell = r.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? "" : "  ").append(right[i] ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  static String shown(String cell) {
    StringBuilder s = null;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
      if (control && s == null) {
        s = new StringBuilder(cell.substring(0, i));
      }
      if (s != null) {
        if (c == '\n' || c == '\r' || c == '\t') {
          s.append(' ');
        } else if (control) {
          s.append(String.format("\\u%04x", (int) c));
        } else {
          s.append(c);
        }
      }
    }
    return s == null ? cell : s.toString();
  }

  /** The same table in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ")
        .append(String.join(" | ", header.stream().map(TextTable::escape).toList()))
        .append(" |\n|");
    for (boolean r : right) {
      out.append(r ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> r : rows) {
      out.append("| ")
          .append(String.join(" | ", r.stream().map(TextTable::escape).toList()))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * The same table as comma-separated values (RFC 4180 quoting), each cell {@linkplain #inert made
   * inert} for a spreadsheet.
   */
  public String csv() {
    StringBuilder out = new StringBuilder();
    for (List<String> r : allRows()) {
      out.append(String.join(",", r.stream().map(c -> quote(inert(c))).toList())).append('\n');
    }
    return out.toString();
  }

  /**
   * A cell a spreadsheet shows as text, never runs as a formula: one starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} (OWASP's
   * advice against CSV injection). A number the table shows on purpose, such as {@code -3}, {@code
   * -£1,200} or {@code -12%}, stays as it is: made only of digits, separators, a currency symbol
   * and a percent sign, it cannot call anything, and a spreadsheet should still read it as a
   * number.
   */
  static String inert(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || isNumber(cell)) {
      return cell;
    }
    return "'" + cell;
  }

  private static boolean isNumber(String cell) {
    char first = cell.charAt(0);
    if (first != '-' && first != '+') {
      return false;
    }
    boolean digit = false;
    for (int i = 1; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (".,% ".indexOf(c) < 0 && Character.getType(c) != Character.CURRENCY_SYMBOL) {
        return false;
      }
    }
    return digit;
  }

  private static String quote(String cell) {
    boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** The same table as an HTML {@code <table>}, every cell escaped; numbers right-aligned. */
  public String html() {
    StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
    for (int i = 0; i < header.size(); i++) {
      out.append(right[i] ? "<th class=\"num\">" : "<th>")
          .append(Markup.escape(header.get(i)))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int k = 0; k < rows.size(); k++) {
      List<String> r = rows.get(k);
      out.append(
          keys.get(k).isEmpty()
              ? "<tr>"
              : "<tr class=\"node-row\" tabindex=\"0\" data-node=\""
                  + Markup.escape(keys.get(k))
                  + "\">");
      for (int i = 0; i < r.size(); i++) {
        out.append(right[i] ? "<td class=\"num\">" : "<td>")
            .append(Markup.escape(r.get(i)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private static String escape(String cell) {
    return Markup.markdown(cell);
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
