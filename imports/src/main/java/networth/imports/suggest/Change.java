package networth.imports.suggest;

import java.util.List;
import networth.model.Affiliation;
import networth.model.Link;

/** What accepting a suggestion does to the map. */
public sealed interface Change {

  /** A short description for the list: {@code Andy Carter → Cielo}. */
  String title();

  /**
   * Adds affiliations and links (an e-mail domain can give both: the person works at the
   * organisation, and the organisation leads to work the person is not yet on a route to).
   */
  record Add(List<Affiliation> affiliations, List<Link> links, String title) implements Change {
    public Add {
      affiliations = List.copyOf(affiliations);
      links = List.copyOf(links);
      if (affiliations.isEmpty() && links.isEmpty()) {
        throw new IllegalArgumentException("an addition adds something");
      }
    }
  }

  /**
   * Makes two person nodes one: {@code keep} keeps its id and takes from {@code other} what it
   * lacks; {@code other}'s links, affiliations and group places move to {@code keep}; {@code other}
   * goes.
   */
  record Merge(String keep, String other, String title) implements Change {
    public Merge {
      if (keep.equals(other)) {
        throw new IllegalArgumentException("a node is not merged with itself");
      }
    }
  }
}
