package networth.io.csv;

import java.util.List;
import java.util.function.Function;
import networth.model.IdTable;

/**
 * One string per id for a pair of sheets, kept by the threads that lex them: the elements sheet's
 * lexer adds each row's id, the connections sheet's lexer (which starts after it) gives each end of
 * a link as the string its element holds. The map's builder then looks ids up by a string it holds
 * already, whose hash is known and which compares equal by identity, and millions of links share
 * their ids' strings; the table's own look-ups run on the lexing thread, beside the builder's.
 */
final class IdStrings {

  /**
   * Which of a sheet's columns hold ids, found from its header, and whether to add or look up; and
   * which hold values that repeat (dates, kinds), each given as one string per value by the lexing
   * thread, so that the thread that builds the map reads strings it has read before, already in its
   * cache, instead of a new string a row.
   */
  record Columns(
      boolean add,
      Function<networth.io.csv.Columns, int[]> find,
      Function<networth.io.csv.Columns, int[]> repeated) {

    /** Id columns only. */
    Columns(boolean add, Function<networth.io.csv.Columns, int[]> find) {
      this(add, find, header -> new int[0]);
    }
  }

  // Open addressing, the hash beside the characters (see IdTable): each look-up of a large sheet
  // is a cache miss or two, and a hash map's node, key and value were three more.
  private final IdTable known;

  /** Room for about {@code expected} ids before the table grows. */
  IdStrings(int expected) {
    known = new IdTable(Math.max(expected, 1 << 12));
  }

  /**
   * The key of an id, adding it when it is new: ids are numbered 0, 1, 2… in the order added, and
   * {@link #text} gives the one string kept for each. The connections sheet's reader remembers by
   * key what each id resolved to, so that a link end it has met before costs it no look-up in the
   * map's own table.
   */
  int add(String id) {
    return known.add(id);
  }

  /** The key of the id an element holds as this text, or -1 when no element has it as id. */
  int find(String text) {
    return known.find(text);
  }

  /**
   * The key of the id written in ASCII as {@code ascii[from, to)}, added when {@code add} and new;
   * -1 when it is not added and not kept. No string is made for an id already kept.
   */
  int key(byte[] ascii, int from, int to, boolean add) {
    return add ? known.add(ascii, from, to) : known.find(ascii, from, to);
  }

  /** The one string kept for the id of this key (the first one added). */
  String text(int key) {
    return known.id(key);
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
