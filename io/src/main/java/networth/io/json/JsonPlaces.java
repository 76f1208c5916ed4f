package networth.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.diagnostics.SourcePosition;

/**
 * Where the values of a JSON map stand, recorded as the document is read: those of the map's own
 * fields ({@code format}, {@code rate}…) for the whole read, those of one element of its lists
 * ({@code nodes[3]}, its fields and theirs) only while that element is read. So a wrong value found
 * after its element is read (an unknown kind, a bad date) is reported at its line and column, and a
 * map of a million nodes costs no more places than its largest element.
 *
 * <p>A place is a line and column as Jackson counts them, its offset, and the step that leads to it
 * from its parent place (a field's name, or an index in a list), kept in arrays: the names are
 * Jackson's own interned strings, so recording one allocates nothing. Read from bytes, Jackson
 * counts columns in bytes; a place becomes a {@link SourcePosition} (whose columns count
 * characters, as an editor does) only when a message or the map's locations need it ({@link
 * JsonColumns}).
 */
final class JsonPlaces {

  private static final Pattern STEP = Pattern.compile("\\.?([A-Za-z_]\\w*)|\\[(\\d+)\\]");

  private final String source;
  private final JsonColumns columns;
  private final Frame top = new Frame();
  private final Frame element = new Frame();
  private String list = "";
  private int index = -1;
  // Set once a second parser goes on after the links read ahead: see shift.
  private boolean shifted;
  private int shiftPrefix;
  private long shiftOffset;
  private int shiftLine;
  private int shiftColumn;

  JsonPlaces(String source, JsonColumns columns) {
    this.source = source;
    this.columns = columns;
  }

  /** The places of one frame: the map's own fields, or one element's. */
  private static final class Frame {
    String[] names = new String[16];
    int[] indexes = new int[16];
    int[] parents = new int[16];
    int[] lines = new int[16];
    int[] columns = new int[16];
    long[] offsets = new long[16];
    int count;

    int add(int parent, String name, int index, int line, int column, long offset) {
      if (count == names.length) {
        int size = count * 2;
        names = Arrays.copyOf(names, size);
        indexes = Arrays.copyOf(indexes, size);
        parents = Arrays.copyOf(parents, size);
        lines = Arrays.copyOf(lines, size);
        columns = Arrays.copyOf(columns, size);
        offsets = Arrays.copyOf(offsets, size);
      }
      names[count] = name;
      indexes[count] = index;
      parents[count] = parent;
      lines[count] = line;
      columns[count] = column;
      offsets[count] = offset;
      return count++;
    }

    /** The place reached from the root by these steps, or -1. */
    int find(String[] steps, int from, int to) {
      int at = 0;
      for (int s = from; s < to; s++) {
        int next = -1;
        for (int i = at + 1; i < count && next < 0; i++) {
          if (parents[i] == at && matches(i, steps[s])) {
            next = i;
          }
        }
        if (next < 0) {
          return -1;
        }
        at = next;
      }
      return count == 0 ? -1 : at;
    }

    private boolean matches(int i, String step) {
      return names[i] != null ? names[i].equals(step) : String.valueOf(indexes[i]).equals(step);
    }
  }

  /** The map object itself opens here: the root of the map's own places. */
  int root(JsonLocation at) {
    return add(top, -1, null, -1, at);
  }

  /** A value of the map's own fields (or inside one, such as {@code rate.amount}). */
  int top(int parent, String name, JsonLocation at) {
    return add(top, parent, name, -1, at);
  }

  /** Element {@code index} of list {@code list} opens here; the places of the last one go. */
  int element(String list, int index, JsonLocation at) {
    this.list = list;
    this.index = index;
    element.count = 0;
    return add(element, -1, null, -1, at);
  }

  /** A field's value inside the element being read. */
  int field(int parent, String name, JsonLocation at) {
    return add(element, parent, name, -1, at);
  }

  /** An item of a list inside the element being read. */
  int item(int parent, int index, JsonLocation at) {
    return add(element, parent, null, index, at);
  }

  private int add(Frame frame, int parent, String name, int index, JsonLocation at) {
    return frame.add(parent, name, index, line(at), column(at), offset(at));
  }

  /**
   * From now on, Jackson's locations are those of a parser that reads {@code prefix} bytes of its
   * own and then the document from byte {@code offset} on, which stands at {@code line} and (in
   * bytes, from 1) {@code column}: a parser that goes on after the links read ahead ({@link
   * JsonListAhead}). Its locations are put back where they stand in the document.
   */
  void shift(int prefix, long offset, int line, int column) {
    this.shiftPrefix = prefix;
    this.shiftOffset = offset;
    this.shiftLine = line;
    this.shiftColumn = column;
    this.shifted = true;
  }

  /** The line of a location Jackson gives, in the document. */
  int line(JsonLocation at) {
    return shifted ? at.getLineNr() - 1 + shiftLine : at.getLineNr();
  }

  /** The column in bytes (from 1) of a location Jackson gives, in the document. */
  int column(JsonLocation at) {
    return shifted && at.getLineNr() == 1
        ? at.getColumnNr() - 1 - shiftPrefix + shiftColumn
        : at.getColumnNr();
  }

  /** The offset of a location Jackson gives, in the document. */
  long offset(JsonLocation at) {
    long offset = JsonColumns.offset(at);
    return shifted && offset >= 0 ? offset - shiftPrefix + shiftOffset : offset;
  }

  /** The column in characters of the byte at {@code offset}, at {@code column} in bytes. */
  int charColumn(int column, long offset) {
    return columns.column(column, offset);
  }

  /** Where the element being read opens. */
  SourcePosition elementStart() {
    return position(element, 0);
  }

  /** Where a location Jackson gives stands, as a user counts lines and columns. */
  SourcePosition position(JsonLocation at) {
    return new SourcePosition(
        source, Math.max(1, line(at)), Math.max(1, columns.column(column(at), offset(at))));
  }

  private SourcePosition position(Frame frame, int i) {
    return new SourcePosition(
        source,
        Math.max(1, frame.lines[i]),
        Math.max(1, columns.column(frame.columns[i], frame.offsets[i])));
  }

  /**
   * Where the value at a reader's path stands ({@code nodes[3] ('Emily').date}); where that value
   * is missing, where the nearest enclosing one stands; the file itself when none is known.
   */
  SourcePosition at(String path) {
    String[] steps = steps(path);
    boolean inElement =
        index >= 0
            && steps.length >= 2
            && steps[0].equals(list)
            && steps[1].equals(String.valueOf(index));
    Frame frame = inElement ? element : top;
    int from = inElement ? 2 : 0;
    for (int to = steps.length; to >= from; to--) {
      int i = frame.find(steps, from, to);
      if (i >= 0) {
        return position(frame, i);
      }
    }
    if (inElement) {
      // A list's element whose place went with it: where the list stands.
      return at(list);
    }
    return SourcePosition.of(source);
  }

  /** {@code nodes[3] ('Emily').value.amount} as its steps: nodes, 3, value, amount. */
  static String[] steps(String path) {
    String plain = path.replaceAll(" \\('(?:[^']|'(?!\\)))*'\\)", "");
    Matcher m = STEP.matcher(plain);
    java.util.List<String> steps = new java.util.ArrayList<>();
    while (m.find()) {
      steps.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return steps.toArray(String[]::new);
  }

  /** {@code nodes[3] ('Emily').value.amount} as {@code /nodes/3/value/amount}. */
  static String pointer(String path) {
    StringBuilder pointer = new StringBuilder();
    for (String s : steps(path)) {
      pointer.append('/').append(s);
    }
    return pointer.toString();
  }
}
