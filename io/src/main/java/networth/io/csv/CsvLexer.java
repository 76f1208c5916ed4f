package networth.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.io.LinkEnds;

/**
 * Splits a sheet's UTF-8 bytes into records of cells: cells separated by commas, records by line
 * breaks (LF, CRLF or CR), a cell in double quotes may hold commas, line breaks and quotes written
 * twice, empty lines are skipped, a byte-order mark is skipped. Blanks before an opening quote and
 * after a closing one are not part of the cell. Works on bytes: the characters that give CSV its
 * shape are ASCII and never part of a longer UTF-8 character, so a cell is decoded only once,
 * whole.
 *
 * <p>A mistake (a quote never closed, a character after a closing quote, bytes that are not UTF-8)
 * is kept in its record with its line and cell, and lexing goes on, so that a sheet's reader can
 * say where it is in plain words.
 */
final class CsvLexer {

  private static final int BLOCK = 1 << 16;
  private static final String QUOTE_HINT =
      "a quoted cell ends with a quote, and a quote inside it is written twice: \"say \"\"hi\"\"\"";

  private final InputStream in;
  private final byte[] buf = new byte[BLOCK];
  private int pos;
  private int limit;
  // Where buf[0] lies in the sheet, and the byte from which no record begins.
  private long base;
  private final long stop;
  private boolean eof;
  private int line = 1;
  private long records;

  private byte[] cell = new byte[256];
  private int length;
  private final List<String> cells = new ArrayList<>();
  private CsvRecord.Mistake mistake;
  // Id cells looked up from their bytes (see keyIds): which columns, and this record's keys.
  private IdStrings ids;
  private boolean[] idColumn = new boolean[0];
  private int[] keyedColumns = new int[2];
  private int[] keyedKeys = new int[2];
  private int keyed;
  // Plain rows read without lexing (see plain()), when asked for; and the line of the last.
  private PlainConnection plain;
  private int plainLine;
  private int plainStart;
  // The ends of the plain rows read lately, each known by where its row starts in the block.
  private final LinkEnds ends = new LinkEnds();
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /** A lexer of a whole sheet. */
  CsvLexer(InputStream in) throws IOException {
    this(in, 0, Long.MAX_VALUE);
  }

  /**
   * A lexer of the part of a sheet whose bytes {@code in} gives from byte {@code start} on (a
   * byte-order mark is skipped only at 0): it gives the records that begin before byte {@code
   * stop}, the last of them read to its end however far that is. Lines and records are counted from
   * 1 at {@code start}.
   */
  CsvLexer(InputStream in, long start, long stop) throws IOException {
    this.in = in;
    this.base = start;
    this.stop = stop;
    fill();
    if (start == 0
        && limit - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /** Closes the sheet's bytes; a failure to close a sheet read to its end changes nothing. */
  void close() {
    try {
      in.close();
    } catch (IOException e) {
      // Everything needed was read.
    }
  }

  /** The line the next record starts on, or past the last one. */
  int line() {
    return line;
  }

  /** Where in the sheet the lexer is: the byte after the last record it gave and its line break. */
  long position() {
    return base + pos;
  }

  /**
   * From the next record on, gives a plain cell (ASCII, unquoted, no blanks) of these columns the
   * string {@code ids} keeps for it, found from its bytes, with its key: an id a sheet names
   * millions of times is then never made into a new string, hashed and compared character by
   * character. Other cells are left to the caller.
   */
  void keyIds(int[] columns, IdStrings ids) {
    this.ids = ids;
    int most = 0;
    for (int c : columns) {
      most = Math.max(most, c + 1);
    }
    idColumn = new boolean[most];
    for (int c : columns) {
      idColumn[c] = true;
    }
  }

  /**
   * From the next record on, reads a plain row ({@link PlainConnection}) with {@code plain}, which
   * then holds what it says, instead of lexing it: see {@link #plain()}.
   */
  void readPlain(PlainConnection plain) {
    this.plain = plain;
  }

  /**
   * Reads the next record as a plain row when it is one: true, the reader given to {@link
   * #readPlain} then holding what the row says, and {@code plainLine} its line. False, having read
   * nothing, when it is not one, when there is no next record, or when no plain reading was asked
   * for: {@link #next} then lexes it. A row that a block of the sheet does not hold whole is lexed.
   */
  private boolean plain() {
    // The line breaks before it, as skipBreaks() passes them, without reading the next block: a
    // carriage return that ends the block may pair with a line feed in the next.
    byte[] b = buf;
    while (base + pos < stop && pos < limit && (b[pos] == '\n' || b[pos] == '\r')) {
      if (b[pos] == '\r') {
        if (pos + 1 == limit) {
          return false;
        }
        pos += b[pos + 1] == '\n' ? 1 : 0;
      }
      pos++;
      line++;
    }
    if (base + pos >= stop) {
      return false;
    }
    int i = pos;
    while (i < limit && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    if (i == limit || (b[i] == '\r' && i + 1 == limit) || !plain.read(b, pos, i)) {
      return false;
    }
    plainStart = pos;
    plainLine = line++;
    records++;
    pos = b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i + 1;
    return true;
  }

  /**
   * Reads plain rows ({@link #plain}) one after another, until the next record is not one, keeps
   * each in {@code rows}, then finds their ends all at once ({@link IdStrings#keys}). A row with an
   * end no element declares is not plain after all: it is lexed where it stands, {@code sharing}
   * takes it as it takes every record, and it takes its place in {@code rows} as a record.
   */
  void plainRows(PartRows rows, RecordSharing sharing) throws IOException {
    if (plain == null) {
      return;
    }
    int first = rows.size();
    ends.clear();
    while (plain()) {
      ends.add(plainStart, plain.fromStart, plain.fromEnd, plain.toStart, plain.toEnd);
      rows.add(plain, plainLine);
    }
    int n = ends.size();
    if (n == 0) {
      return;
    }
    ids.keys(ends, buf);
    for (int k = 0; k < n; k++) {
      if (ends.from(k) >= 0 && ends.to(k) >= 0) {
        rows.ends(first + k, ends.from(k), ends.to(k));
      } else {
        CsvRecord r = lexAgain(ends.row(k), rows.line(first + k), records - (n - 1 - k));
        sharing.take(r, this);
        rows.set(first + k, r);
      }
    }
  }

  /**
   * Lexes again, as a record, a plain row read from the block the lexer is in (at {@code start}, on
   * line {@code line}, record {@code number}), and comes back to where it was.
   */
  private CsvRecord lexAgain(int start, int line, long number) throws IOException {
    int pos0 = pos;
    int line0 = this.line;
    long records0 = records;
    pos = start;
    this.line = line;
    records = number - 1;
    CsvRecord r = next().orElseThrow();
    pos = pos0;
    this.line = line0;
    records = records0;
    return r;
  }

  /** Skips the line breaks before the next record; false at the end of the sheet or the part. */
  private boolean skipBreaks() throws IOException {
    while (true) {
      if (base + pos >= stop) {
        return false;
      }
      int c = peek();
      if (c == -1) {
        return false;
      }
      if (c != '\n' && c != '\r') {
        return true;
      }
      pos++;
      if (c == '\r' && peek() == '\n') {
        pos++;
      }
      line++;
    }
  }

  /** The next record, or empty at the end of the sheet. */
  Optional<CsvRecord> next() throws IOException {
    if (!skipBreaks()) {
      return Optional.empty();
    }
    int start = line;
    cells.clear();
    mistake = null;
    keyed = 0;
    while (cell()) {
      // one cell a turn, until the record's line break
    }
    CsvRecord record =
        new CsvRecord(++records, start, cells.toArray(new String[0]), Optional.ofNullable(mistake));
    for (int i = 0; i < keyed; i++) {
      record.share(keyedColumns[i], record.get(keyedColumns[i]), keyedKeys[i]);
    }
    return Optional.of(record);
  }

  /** Reads one cell; true when a comma follows, so that another cell comes. */
  private boolean cell() throws IOException {
    // Most cells are plain and end before the block does: taken where they lie, without a call
    // and a copy per byte (on a sheet of millions of rows, a good part of the lexing).
    byte[] b = buf;
    int p = pos;
    while (p < limit && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
      p++;
    }
    if (p < limit && !quoted(pos, p)) {
      int from = pos;
      pos = p + 1;
      String id = isIdColumn() ? idCell(b, from, p - from) : null;
      cells.add(id != null ? id : decode(b, from, p - from, false));
      return ends(b[p]);
    }
    length = 0;
    int c = read();
    while (c == ' ' || c == '\t') {
      put(c);
      c = read();
    }
    if (c != '"') {
      while (c != ',' && c != '\n' && c != '\r' && c != -1) {
        put(c);
        c = read();
      }
      String id = isIdColumn() ? idCell(cell, 0, length) : null;
      cells.add(id != null ? id : decode(cell, 0, length, false));
      return ends(c);
    }
    length = 0;
    int opened = line;
    while (true) {
      c = read();
      if (c == -1) {
        mistake(
            opened,
            "a quoted cell is never closed: the sheet ends inside it",
            "close the quote that opens this cell; " + QUOTE_HINT);
        cells.add(decode(cell, 0, length, true));
        return false;
      }
      if (c == '"') {
        if (peek() != '"') {
          break;
        }
        pos++;
      } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
      }
      put(c);
    }
    c = read();
    while (c == ' ' || c == '\t') {
      c = read();
    }
    if (c != ',' && c != '\n' && c != '\r' && c != -1) {
      mistake(
          line,
          "the quoted cell is followed by " + shown(c) + " before the next comma",
          QUOTE_HINT);
      while (c != ',' && c != '\n' && c != '\r' && c != -1) {
        c = read();
      }
    }
    cells.add(decode(cell, 0, length, true));
    return ends(c);
  }

  /**
   * The kept string of the id in the cell just read, when the cell is plain (printable ASCII, no
   * blank, no apostrophe guard: read as a string it would be these bytes) and the id is kept; else
   * null.
   */
  private String idCell(byte[] bytes, int from, int length) {
    if (length == 0 || bytes[from] == '\'' || keyed == keyedColumns.length) {
      return null;
    }
    for (int i = from; i < from + length; i++) {
      if (bytes[i] <= ' ' || bytes[i] >= 0x7F) {
        return null;
      }
    }
    int key = ids.key(bytes, from, from + length);
    if (key < 0) {
      return null;
    }
    keyedColumns[keyed] = cells.size();
    keyedKeys[keyed++] = key;
    return ids.text(key);
  }

  private static String shown(int c) {
    return c < 0x20 || c >= 0x7F ? "a character that is not plain text" : "'" + (char) c + "'";
  }

  /** Consumes the line break after a record's last cell; true after a comma. */
  private boolean ends(int c) throws IOException {
    if (c == ',') {
      return true;
    }
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    if (c != -1) {
      line++;
    }
    return false;
  }

  private void mistake(int at, String message, String hint) {
    if (mistake == null) {
      mistake = new CsvRecord.Mistake(at, cells.size(), message, hint);
    }
  }

  /** Whether the next cell to read, whose bytes end before {@code end}, opens with a quote. */
  private boolean quoted(int from, int end) {
    int i = from;
    while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
      i++;
    }
    return i < end && buf[i] == '"';
  }

  /** Whether the cell being read is in a column of ids (see keyIds). */
  private boolean isIdColumn() {
    return cells.size() < idColumn.length && idColumn[cells.size()];
  }

  private String decode(byte[] bytes, int from, int length, boolean quoted) {
    if (length == 0) {
      return "";
    }
    boolean ascii = true;
    for (int i = from; i < from + length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    String text;
    if (ascii) {
      text = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    } else {
      try {
        text = utf8.decode(ByteBuffer.wrap(bytes, from, length)).toString();
      } catch (CharacterCodingException e) {
        mistake(
            line,
            "this cell is not UTF-8 text",
            "save the sheet as UTF-8 (in Excel: CSV UTF-8), or correct the cell");
        text = new String(bytes, from, length, StandardCharsets.UTF_8);
      }
    }
    if (!quoted) {
      text = text.strip();
    }
    return text.isEmpty() ? "" : CellText.unguarded(text);
  }

  private void put(int c) {
    if (length == cell.length) {
      cell = java.util.Arrays.copyOf(cell, length * 2);
    }
    cell[length++] = (byte) c;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.readNBytes(buf, 0, buf.length);
    base += limit;
    pos = 0;
    limit = n;
    if (n < buf.length) {
      eof = true;
    }
    return n > 0;
  }
}
