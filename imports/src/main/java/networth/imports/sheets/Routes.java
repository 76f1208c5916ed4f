package networth.imports.sheets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Link;

/**
 * Adds the links a sheet holds, leaving out one that would close a loop. In networth a link says "A
 * led to B", and a route cannot lead back to where it started (a map with a cycle does not check);
 * Kumu and Gephi draw any relation, mutual ones both ways. The first link of a loop, in the order
 * of the rows, is kept; the one that closes it is left out and counted.
 *
 * <p>Each link costs a search from its end for its start: O(n + m) at worst, and in the sheets
 * people keep (a link's end has few links out yet) far less.
 */
final class Routes {

  private final Found.Builder found;
  private final String closesALoop;
  private final Map<String, List<String>> out = new HashMap<>();

  Routes(Found.Builder found, Dialect dialect) {
    this.found = found;
    this.closesALoop =
        dialect.connection + " that would close a loop (a route cannot lead back where it began)";
  }

  void add(Link l, Origin origin) {
    if (reaches(l.to(), l.from())) {
      found.skip(origin, closesALoop);
      return;
    }
    found.link(l, origin);
    out.computeIfAbsent(l.from(), k -> new ArrayList<>(2)).add(l.to());
  }

  private boolean reaches(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (!out.containsKey(from)) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(from);
    seen.add(from);
    while (!todo.isEmpty()) {
      for (String next : out.getOrDefault(todo.pop(), List.of())) {
        if (next.equals(to)) {
          return true;
        }
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return false;
  }
}
