package networth.imports.suggest;

import java.util.ArrayList;
import java.util.List;
import networth.io.Layout;
import networth.model.Link;

/**
 * The layout of a map file after two nodes became one, so that the file keeps its order and
 * comments: the removed node leaves its declaration line (the line goes when it declared nothing
 * else); a chain that passed through it names the node that stays instead, or, where the merge
 * dropped one of its links, is written again as its surviving links, one a line, where it stood;
 * statements keep their places and the comments before them, and the comments before a statement
 * that went move to the next one.
 */
final class LayoutAfterMerge {

  private LayoutAfterMerge() {}

  /**
   * @param removed the id of the node merged away
   * @param kept the id of the node it became
   * @param links the map's links after the merge
   * @param linkPlace each old link's new place, or -1 when the merge dropped it
   * @param affiliationPlace the same for affiliations
   * @param trailer receives the comments left over at the end
   */
  static List<Layout.Statement> edit(
      List<Layout.Statement> statements,
      String removed,
      String kept,
      List<Link> links,
      int[] linkPlace,
      int[] affiliationPlace,
      List<String> trailer) {
    List<Layout.Statement> out = new ArrayList<>();
    List<String> carry = new ArrayList<>();
    for (Layout.Statement s : statements) {
      List<String> before = new ArrayList<>(carry);
      before.addAll(s.before());
      carry.clear();
      List<Layout.Statement> now = new ArrayList<>();
      if (s instanceof Layout.NodeLine n) {
        List<String> ids = n.ids().stream().filter(id -> !id.equals(removed)).toList();
        if (!ids.isEmpty()) {
          now.add(new Layout.NodeLine(ids, n.written(), before, n.comment()));
        }
      } else if (s instanceof Layout.AffiliationLine a) {
        int place = affiliationPlace[a.index()];
        if (place >= 0) {
          now.add(new Layout.AffiliationLine(place, a.written(), before, a.comment()));
        }
      } else if (s instanceof Layout.ChainLine c) {
        now.addAll(chain(c, removed, kept, links, linkPlace, before));
      } else if (s instanceof Layout.Setting x) {
        now.add(new Layout.Setting(x.keyword(), x.written(), before, x.comment()));
      } else if (s instanceof Layout.GroupLine g) {
        now.add(new Layout.GroupLine(g.name(), before, g.comment()));
      } else if (s instanceof Layout.DealLine d) {
        now.add(new Layout.DealLine(d.id(), d.number(), d.written(), before, d.comment()));
      }
      if (now.isEmpty()) {
        carry.addAll(before);
      }
      out.addAll(now);
    }
    trailer.addAll(carry);
    return out;
  }

  private static List<Layout.Statement> chain(
      Layout.ChainLine c,
      String removed,
      String kept,
      List<Link> links,
      int[] linkPlace,
      List<String> before) {
    boolean through = c.stops().stream().anyMatch(stop -> stop.contains(removed));
    if (!through) {
      return List.of(
          new Layout.ChainLine(c.stops(), linkPlace[c.firstLink()], before, c.comment()));
    }
    boolean whole = linkPlace[c.firstLink()] >= 0;
    for (int e = c.firstLink(); e < c.firstLink() + c.linkCount(); e++) {
      whole &= linkPlace[e] == linkPlace[c.firstLink()] + (e - c.firstLink());
    }
    if (whole && c.stops().stream().noneMatch(stop -> stop.contains(kept))) {
      // Every link survived, in order: the same chain, naming the node that stays.
      List<List<String>> stops =
          c.stops().stream()
              .map(stop -> stop.stream().map(id -> id.equals(removed) ? kept : id).toList())
              .toList();
      return List.of(new Layout.ChainLine(stops, linkPlace[c.firstLink()], before, c.comment()));
    }
    List<Layout.Statement> out = new ArrayList<>();
    for (int e = c.firstLink(); e < c.firstLink() + c.linkCount(); e++) {
      int place = linkPlace[e];
      if (place < 0) {
        continue;
      }
      Link l = links.get(place);
      boolean first = out.isEmpty();
      out.add(
          new Layout.ChainLine(
              List.of(List.of(l.from()), List.of(l.to())),
              place,
              first ? before : List.of(),
              first ? c.comment() : ""));
    }
    return out;
  }
}
