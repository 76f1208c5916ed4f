package networth.cli.output;

import java.util.ArrayList;
import java.util.List;

/** A table a person reads at a glance: columns padded to their widths, numbers to the right. */
public final class TextTable {

  private final List<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

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
    return this;
  }

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

  /** The table in the given format: text, md or csv. */
  public String render(OutputFormat format) {
    return switch (format) {
      case MD -> markdown();
      case CSV -> csv();
      default -> render();
    };
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|");
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
