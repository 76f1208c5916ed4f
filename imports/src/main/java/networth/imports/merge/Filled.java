package networth.imports.merge;

import java.util.Map;
import networth.imports.Facts;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * An item of the map with the facts an import knows and the map lacks. What the map says always
 * stays: an import fills gaps, never overwrites, so that a map edited by hand keeps its edits
 * however often the same file is imported.
 */
final class Filled {

  private Filled() {}

  static Node node(Node was, Node found) {
    Node n = was;
    if (n.kind() == NodeKind.UNKNOWN && found.kind() != NodeKind.UNKNOWN) {
      n =
          new Node(
              n.id(),
              n.label(),
              found.kind(),
              n.date(),
              n.until(),
              n.note(),
              n.deal(),
              n.cost(),
              n.attributes(),
              n.laterDeals());
    }
    if (n.date().isEmpty()
        && found.date().isPresent()
        && n.until().map(u -> !u.endsBefore(found.date().get())).orElse(true)) {
      n = n.withDate(found.date().get());
    }
    if (n.until().isEmpty()
        && found.until().isPresent()
        && n.date().map(d -> !found.until().get().endsBefore(d)).orElse(true)) {
      n = n.withUntil(found.until().get());
    }
    if (n.note().isEmpty() && !found.note().isEmpty()) {
      n = n.withNote(found.note());
    }
    if (n.kind().isOpportunity() && n.deal().equals(Deal.NONE) && !found.deal().equals(Deal.NONE)) {
      n = n.withDeal(found.deal());
    }
    if (n.cost().equals(Cost.NONE) && !found.cost().equals(Cost.NONE)) {
      n = n.withCost(found.cost());
    }
    for (Map.Entry<String, String> a : found.attributes().entrySet()) {
      if (!a.getKey().equals(Facts.SOURCE) && !n.attributes().containsKey(a.getKey())) {
        n = n.withAttribute(a.getKey(), a.getValue());
      }
    }
    return n;
  }

  static Link link(Link was, Link found) {
    Link l = was;
    if (l.kind().isEmpty() && !found.kind().isEmpty()) {
      l = l.withKind(found.kind());
    }
    if (l.date().isEmpty() && found.date().isPresent()) {
      l = l.withDate(found.date().get());
    }
    if (l.note().isEmpty() && !found.note().isEmpty()) {
      l = l.withNote(found.note());
    }
    for (Map.Entry<String, String> a : found.attributes().entrySet()) {
      if (!a.getKey().equals(Facts.SOURCE) && !l.attributes().containsKey(a.getKey())) {
        l = l.withAttribute(a.getKey(), a.getValue());
      }
    }
    return l;
  }

  static Affiliation affiliation(Affiliation was, Affiliation found) {
    Affiliation a = was;
    if (a.since().isEmpty() && found.since().isPresent()) {
      a = a.since(found.since().get());
    }
    if (a.until().isEmpty()
        && found.until().isPresent()
        && a.since().map(d -> !found.until().get().endsBefore(d)).orElse(true)) {
      a = a.until(found.until().get());
    }
    if (a.note().isEmpty() && !found.note().isEmpty()) {
      a = a.withNote(found.note());
    }
    return a;
  }
}
