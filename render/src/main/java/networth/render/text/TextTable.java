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

  public String render() {
    int[] width = new int[header.size()];
    for (List<String> r : allRows()) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> r : allRows()) {
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

  /** The same table as comma-separated values (RFC 4180 quoting). */
  public String csv() {
    StringBuilder out = new StringBuilder();
    for (List<String> r : allRows()) {
      out.append(String.join(",", r.stream().map(TextTable::quote).toList())).append('\n');
    }
    return out.toString();
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
