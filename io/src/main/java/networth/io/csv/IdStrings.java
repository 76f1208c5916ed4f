package networth.io.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One string per id for a pair of sheets, kept by the threads that lex them: the elements sheet's
 * lexer adds each row's id, the connections sheet's lexer (which starts after it) gives each end of
 * a link as the string its element holds. The map's builder then looks ids up by a string it holds
 * already, whose hash is known and which compares equal by identity, and millions of links share
 * their ids' strings; the table's own look-ups run on the lexing thread, beside the builder's.
 */
final class IdStrings {

  /** Which of a sheet's columns hold ids, found from its header, and whether to add or look up. */
  record Columns(boolean add, Function<networth.io.csv.Columns, int[]> find) {}

  private final Map<String, String> known = new HashMap<>(1 << 12);

  /** The string to keep for an id: the first one added. */
  String add(String id) {
    String before = known.putIfAbsent(id, id);
    return before == null ? id : before;
  }

  /** The string an element holds for this text, or the text when no element has it as id. */
  String find(String text) {
    return known.getOrDefault(text, text);
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
