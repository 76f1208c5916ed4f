package networth.server.maps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): a member set to null removes that member, an object merges into the
 * object it names member by member, and any other value replaces what was there; a member the patch
 * leaves out is kept.
 */
final class MergePatch {

  /** The media type of a merge patch. */
  static final String TYPE = "application/merge-patch+json";

  private MergePatch() {}

  /** Applies {@code patch} to {@code target} in place. */
  static void apply(ObjectNode target, ObjectNode patch) {
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      JsonNode value = member.getValue();
      JsonNode old = target.get(member.getKey());
      if (value.isNull()) {
        target.remove(member.getKey());
      } else if (value instanceof ObjectNode object && old instanceof ObjectNode oldObject) {
        apply(oldObject, object);
      } else if (value instanceof ObjectNode object) {
        // RFC 7396: an object patched onto a non-object is applied to an empty object, so that
        // its nulls are dropped rather than kept as values.
        ObjectNode fresh = target.objectNode();
        apply(fresh, object);
        target.set(member.getKey(), fresh);
      } else {
        target.set(member.getKey(), value);
      }
    }
  }
}
