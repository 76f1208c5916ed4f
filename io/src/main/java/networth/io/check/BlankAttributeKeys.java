package networth.io.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.io.Locations;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Refuses an attribute whose key is blank ({@code ""=x} in a map file, {@code "": "x"} in JSON),
 * whatever form the map was read from: a sheet's blank header cell holds no column, so such an
 * attribute could not be written to the CSV pair and read back, and it names nothing a person could
 * look for.
 */
final class BlankAttributeKeys {

  private BlankAttributeKeys() {}

  /** One problem per node or link that has an attribute with a blank key. */
  static List<Problem> check(NetworkMap map, Locations locations, String source) {
    List<Problem> problems = new ArrayList<>();
    for (Node n : map.nodes()) {
      if (hasBlankKey(n.attributes())) {
        problems.add(
            problem(
                locations.of(n.id()).orElse(SourcePosition.of(source)),
                "'" + TextCharacters.shown(n.id()) + "'",
                locations));
      }
    }
    List<Link> links = map.links();
    for (int i = 0; i < links.size(); i++) {
      if (hasBlankKey(map.linkAttributes(i))) {
        Link l = links.get(i);
        problems.add(
            problem(
                locations.link(i).orElse(SourcePosition.of(source)),
                "the link "
                    + TextCharacters.shown(l.from())
                    + " -> "
                    + TextCharacters.shown(l.to()),
                locations));
      }
    }
    return problems;
  }

  private static boolean hasBlankKey(Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return false; // nearly every node and link
    }
    return attributes.keySet().stream().anyMatch(String::isBlank);
  }

  private static Problem problem(SourcePosition at, String of, Locations locations) {
    return Problem.error(
            at,
            "an attribute of " + of + " has a blank key",
            "give the attribute a name (key=value), or remove it")
        .showing(locations.line(at), 1);
  }
}
