package networth.io.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import networth.io.ByteDates;
import networth.io.LinkEnds;
import networth.model.PartialDate;

/**
 * The commonest element of a JSON map's {@code links} ({@link PlainJsonObject}): {@code "from"} and
 * {@code "to"}, not blank, and at most a {@code "kind"}, a {@code "date"} written in digits that is
 * a date, and a {@code "note"} ({@code {"from" : "job-7", "to" : "person-0", "date" :
 * "2010-06-19"}}). One a thread, with the ends of its part's links, to be looked up together.
 */
final class PlainJsonLink extends PlainJsonObject {

  private static final byte[] FROM = ascii("from");
  private static final byte[] TO = ascii("to");
  private static final byte[] KIND = ascii("kind");
  private static final byte[] DATE = ascii("date");
  private static final byte[] NOTE = ascii("note");

  // The kinds met lately, one string each: a slot keeps the last kind that fell into it.
  private static final int KIND_SLOTS = 64;
  private final byte[][] kindWords = new byte[KIND_SLOTS][];
  private final String[] kindTexts = new String[KIND_SLOTS];
  private final ByteDates dates = new ByteDates();

  /** The ends of the links of the part being read, to be looked up together. */
  final LinkEnds ends = new LinkEnds();

  // What the last element read says; the ends' names stand at text[fromStart, fromEnd) and so on.
  int fromStart;
  int fromEnd;
  int toStart;
  int toEnd;
  String kind;
  Optional<PartialDate> date;
  String note;

  @Override
  void clear() {
    kind = "";
    date = Optional.empty();
    note = "";
  }

  @Override
  int field(byte[] text, int from, int to) {
    int n = to - from;
    if (n == 2) {
      return is(text, from, to, TO) ? 1 : -1;
    }
    if (n != 4) {
      return -1;
    }
    return switch (text[from]) {
      case 'f' -> is(text, from, to, FROM) ? 0 : -1;
      case 'k' -> is(text, from, to, KIND) ? 2 : -1;
      case 'd' -> is(text, from, to, DATE) ? 3 : -1;
      case 'n' -> is(text, from, to, NOTE) ? 4 : -1;
      default -> -1;
    };
  }

  @Override
  boolean value(int field, byte[] text, int from, int to) {
    switch (field) {
      case 0 -> {
        fromStart = from;
        fromEnd = to;
        return !blank(text, from, to);
      }
      case 1 -> {
        toStart = from;
        toEnd = to;
        return !blank(text, from, to);
      }
      case 2 -> {
        kind = kind(text, from, to);
        return true;
      }
      case 3 -> {
        date = dates.date(text, from, to);
        return date.isPresent();
      }
      default -> {
        note = new String(text, from, to - from, StandardCharsets.US_ASCII);
        return true;
      }
    }
  }

  @Override
  boolean whole(int seen) {
    return (seen & 3) == 3;
  }

  /** The one string of a kind met lately, or a new one. */
  private String kind(byte[] text, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + text[i];
    }
    int slot = (h ^ (h >>> 7)) & (KIND_SLOTS - 1);
    byte[] word = kindWords[slot];
    if (word != null && Arrays.equals(text, from, to, word, 0, word.length)) {
      return kindTexts[slot];
    }
    String k = new String(text, from, to - from, StandardCharsets.US_ASCII);
    kindWords[slot] = Arrays.copyOfRange(text, from, to);
    kindTexts[slot] = k;
    return k;
  }
}
