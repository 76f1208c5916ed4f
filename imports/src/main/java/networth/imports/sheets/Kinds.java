package networth.imports.sheets;

import java.util.Map;
import java.util.Optional;
import networth.model.NodeKind;

/** A Type cell as a kind: a word networth knows, else unknown with the word kept. */
final class Kinds {

  /** The attribute that keeps a Type networth has no kind for. */
  static final String TYPE = "type";

  private Kinds() {}

  /** The kind a Type word names, or {@link NodeKind#UNKNOWN} when it names none. */
  static NodeKind of(String type) {
    return type.isBlank() ? NodeKind.UNKNOWN : NodeKind.fromWord(type).orElse(NodeKind.UNKNOWN);
  }

  /** The word to keep as attribute {@value #TYPE}, when the kind does not say it. */
  static Optional<String> kept(String type) {
    return type.isBlank() || NodeKind.fromWord(type).isPresent()
        ? Optional.empty()
        : Optional.of(type);
  }

  static void keep(String type, Map<String, String> attributes) {
    kept(type).ifPresent(t -> attributes.put(TYPE, t));
  }
}
