package networth.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import networth.io.ByteDates;
import networth.model.PartialDate;

/**
 * The commonest row of a large connections sheet, a link between two elements named by their ids
 * with at most a kind and a date ({@code job-7,person-0,,,2010-06-19}), read straight from its
 * bytes by a thread that lexes the sheet: the thread that builds the map then only adds the link.
 * On the million-node network, making each row's cells into strings and records, and the reader
 * taking them apart again, was most of the time the connections sheet took, beside finding the
 * ends.
 *
 * <p>It only says yes to a row the full reader reads the same way and without a word: printable
 * ASCII throughout (so its bytes are its characters and it is valid UTF-8), no quote, no more cells
 * than the header names, both ends ids an element declares (looked up in the builder's table, which
 * nothing writes while the sheet is read: see {@link IdStrings}; the caller looks them up, many
 * rows at once, and lexes a row whose end it does not find), a kind without blanks around it or a
 * formula guard, a valid date written in digits, and nothing in the Note, Until, Affiliation and
 * attribute columns. Anything else, right or wrong, is lexed and read the full way, which gives the
 * messages; tests hold the two to the same map and the same places. One per lexing thread.
 */
final class PlainConnection {

  // What a column's cell must hold for the row to be plain.
  private static final byte ANY = 0; // a column the reader does not read
  private static final byte EMPTY = 1;
  private static final byte FROM = 2;
  private static final byte TO = 3;
  private static final byte KIND = 4;
  private static final byte DATE = 5;

  private static final byte[] DIRECTED = "directed".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] UNDIRECTED = "undirected".getBytes(StandardCharsets.US_ASCII);

  // The kinds met lately, one string each: a slot keeps the last kind that fell into it.
  private static final int KIND_SLOTS = 1 << 8;
  private final byte[][] kindWords = new byte[KIND_SLOTS][];
  private final String[] kindTexts = new String[KIND_SLOTS];

  private final byte[] roles;
  private final ByteDates dates = new ByteDates();

  /**
   * The last row read: where its ends' ids stand in the bytes (looked up by the caller, many rows
   * at once: see {@link IdStrings#keys}), its kind and its date.
   */
  int fromStart;

  int fromEnd;
  int toStart;
  int toEnd;
  String kind = "";
  Optional<PartialDate> date = Optional.empty();

  /** A reader of the plain rows of a sheet whose header has {@code cells} columns. */
  PlainConnection(ConnectionColumns columns, int cells) {
    roles = new byte[cells];
    Arrays.fill(roles, ANY);
    for (int free : columns.free()) {
      roles[free] = EMPTY;
    }
    columns.note().ifPresent(c -> roles[c] = EMPTY);
    columns.until().ifPresent(c -> roles[c] = EMPTY);
    columns.affiliation().ifPresent(c -> roles[c] = EMPTY);
    columns.kind().ifPresent(c -> roles[c] = KIND);
    columns.date().ifPresent(c -> roles[c] = DATE);
    roles[columns.from()] = FROM;
    roles[columns.to()] = TO;
  }

  /**
   * Reads the row {@code bytes[start, end)} (without its line break); false when it is not plain.
   */
  boolean read(byte[] bytes, int start, int end) {
    fromEnd = -1;
    toEnd = -1;
    kind = "";
    date = Optional.empty();
    int column = 0;
    int cell = start;
    for (int i = start; ; i++) {
      if (i == end || bytes[i] == ',') {
        if (column == roles.length || !cell(roles[column], bytes, cell, i)) {
          return false;
        }
        if (i == end) {
          break;
        }
        column++;
        cell = i + 1;
      } else if (bytes[i] < 0x20 || bytes[i] > 0x7E || bytes[i] == '"') {
        return false;
      }
    }
    return fromEnd >= 0 && toEnd >= 0;
  }

  /** Reads a cell {@code bytes[s, e)} of the role given; false when it makes the row not plain. */
  private boolean cell(byte role, byte[] bytes, int s, int e) {
    switch (role) {
      case FROM, TO -> {
        if (s == e || bytes[s] == '\'' || !noBlank(bytes, s, e)) {
          return false;
        }
        if (role == FROM) {
          fromStart = s;
          fromEnd = e;
        } else {
          toStart = s;
          toEnd = e;
        }
        return true;
      }
      case KIND -> {
        if (s == e) {
          return true;
        }
        if (bytes[s] == ' ' || bytes[e - 1] == ' ' || bytes[s] == '\'') {
          return false;
        }
        kind = directed(bytes, s, e) ? "" : kind(bytes, s, e);
        return true;
      }
      case DATE -> {
        if (s == e) {
          return true;
        }
        date = dates.date(bytes, s, e);
        return date.isPresent();
      }
      case EMPTY -> {
        return s == e;
      }
      default -> {
        return true;
      }
    }
  }

  private static boolean noBlank(byte[] bytes, int s, int e) {
    for (int i = s; i < e; i++) {
      if (bytes[i] == ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether a kind says only which way a link goes, as Gephi's Type does: no kind then. */
  private static boolean directed(byte[] bytes, int s, int e) {
    return sameIgnoringCase(bytes, s, e, DIRECTED) || sameIgnoringCase(bytes, s, e, UNDIRECTED);
  }

  private static boolean sameIgnoringCase(byte[] bytes, int s, int e, byte[] lower) {
    if (e - s != lower.length) {
      return false;
    }
    for (int i = 0; i < lower.length; i++) {
      byte c = bytes[s + i];
      if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != lower[i]) {
        return false;
      }
    }
    return true;
  }

  /** The one string of a kind met lately, or a new one. */
  private String kind(byte[] bytes, int s, int e) {
    int h = 0;
    for (int i = s; i < e; i++) {
      h = 31 * h + bytes[i];
    }
    int slot = (h ^ (h >>> 8)) & (KIND_SLOTS - 1);
    byte[] word = kindWords[slot];
    if (word != null && Arrays.equals(word, 0, word.length, bytes, s, e)) {
      return kindTexts[slot];
    }
    String text = new String(bytes, s, e - s, StandardCharsets.US_ASCII);
    kindWords[slot] = Arrays.copyOfRange(bytes, s, e);
    kindTexts[slot] = text;
    return text;
  }
}
