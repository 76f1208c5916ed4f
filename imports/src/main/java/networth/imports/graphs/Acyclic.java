package networth.imports.graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links taken so far, kept free of cycles. A map's links say what led to what, and provenance
 * must not come back to where it started, so a map with a cycle of links is refused; a graph file
 * has them everywhere (two people who follow each other, any triangle of an undirected graph).
 *
 * <p>An edge with a direction that would close a cycle is left out; an undirected one is turned the
 * other way, which can never close one too (it would mean a cycle was already there). Whether
 * {@code b} reaches {@code a} is a depth-first search from {@code b}: O(n + m) an edge at worst,
 * and far less on the sparse graphs people draw.
 */
final class Acyclic {

  private final Map<String, List<String>> out = new HashMap<>();

  /** Whether a path of links taken leads from {@code from} to {@code to}. */
  boolean reaches(String from, String to) {
    if (from.equals(to)) {
      return true;
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

  /** Takes the link {@code from -> to}, unless it would close a cycle. */
  boolean take(String from, String to) {
    if (reaches(to, from)) {
      return false;
    }
    out.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
    return true;
  }
}
