package networth.io.csv;

import java.util.List;
import java.util.function.Function;
import networth.model.NetworkMap;

/**
 * The ids the elements sheet declared, as the map's builder numbered them, for the threads that lex
 * the connections sheet: each end of a link is given as the very string its element holds, with the
 * element's number as its key, looked up from the cell's bytes. The connections sheet's reader then
 * needs no look-up of its own for an end an element declares, and millions of links share their
 * ids' strings. The threads only read the builder's table: nothing is numbered while the sheet is
 * read (see {@link ConnectionSheet}).
 */
final class IdStrings {

  /**
   * Which of a sheet's columns hold ids, found from its header, and whether the sheet may be lexed
   * in parts side by side (the builder is not written while it is read); and which columns hold
   * values that repeat (dates, kinds), each given as one string per value by the lexing thread, so
   * that the thread that builds the map reads strings it has read before, already in its cache,
   * instead of a new string a row. And whether the sheet's plain rows are links, read without
   * lexing by the threads that lex it in parts ({@link PlainConnection}).
   */
  record Columns(
      boolean inParts,
      Function<networth.io.csv.Columns, int[]> find,
      Function<networth.io.csv.Columns, int[]> repeated,
      boolean plainLinks) {

    /** Id columns only. */
    Columns(boolean inParts, Function<networth.io.csv.Columns, int[]> find) {
      this(inParts, find, header -> new int[0], false);
    }

    /** No column of ids: a sheet whose ids the builder has not numbered yet. */
    static Columns none() {
      return new Columns(false, header -> new int[0]);
    }
  }

  private final NetworkMap.Builder numbered;

  IdStrings(NetworkMap.Builder numbered) {
    this.numbered = numbered;
  }

  /** The key (the builder's number) of the id an element holds as this text, or -1. */
  int find(String text) {
    return numbered.find(text);
  }

  /**
   * The key of the id written in ASCII as {@code ascii[from, to)}, or -1 when no element has it. No
   * string is made.
   */
  int key(byte[] ascii, int from, int to) {
    return numbered.find(ascii, from, to);
  }

  /** The keys of many links' ends at once, their ids written in ASCII in {@code text}. */
  void keys(networth.io.LinkEnds ends, byte[] text) {
    ends.lookUp(text, numbered);
  }

  /** The one string kept for the id of this key. */
  String text(int key) {
    return numbered.id(key);
  }

  /** The id columns of a sheet's header, or none. */
  static int[] columns(networth.io.csv.Columns header, List<String[]> names) {
    int[] found = new int[names.size()];
    int n = 0;
    for (String[] synonyms : names) {
      var column = header.find(synonyms);
      if (column.isPresent()) {
        found[n++] = column.get();
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }
}
