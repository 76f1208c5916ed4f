package networth.io.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import networth.model.Link;
import networth.model.NetworkMap;

/**
 * The attribute keys the links of a map use, in the order they first appear, each with the id an
 * XML export declares it under: {@code attr0}, {@code attr1}… rather than the key itself, which may
 * be any text and may repeat a column the export already has ({@code kind}, {@code note}).
 */
final class LinkAttributeKeys {

  private final List<String> keys;

  private LinkAttributeKeys(List<String> keys) {
    this.keys = keys;
  }

  static LinkAttributeKeys of(NetworkMap map) {
    Set<String> keys = new LinkedHashSet<>();
    for (Link l : map.links()) {
      keys.addAll(l.attributes().keySet());
    }
    return new LinkAttributeKeys(new ArrayList<>(keys));
  }

  List<String> keys() {
    return keys;
  }

  String id(String key) {
    return "attr" + keys.indexOf(key);
  }
}
