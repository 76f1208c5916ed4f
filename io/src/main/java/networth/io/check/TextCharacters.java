package networth.io.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.io.Locations;
import networth.model.Affiliation;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Refuses the characters a map's texts may not hold, whatever form the map was read from: control
 * characters other than tab and line breaks (a NUL, a form feed, an escape; DEL and the C1 controls
 * U+0080 to U+009F, among them the one-character form of a terminal's escape sequence, CSI), and
 * half of a character outside the Basic Multilingual Plane (a surrogate without its pair, which a
 * JSON escape can spell). Graphviz stops at a NUL, a terminal obeys an escape or a CSI, and a lone
 * surrogate cannot be written as UTF-8: such a text would not survive the map's own writers and
 * exports. The C1 controls are refused with the C0 ones because no person types them: they come
 * from a text decoded with the wrong character set, or from someone aiming at a terminal.
 *
 * <p>Each problem is placed where the text's node, link or affiliation was written, at the
 * character itself when the source line holds it as it stands.
 */
final class TextCharacters {

  private final NetworkMap map;
  private final Locations locations;
  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private TextCharacters(NetworkMap map, Locations locations, String source) {
    this.map = map;
    this.locations = locations;
    this.source = source;
  }

  /** The problems of every text of the map, one per text that holds a refused character. */
  static List<Problem> check(NetworkMap map, Locations locations, String source) {
    TextCharacters c = new TextCharacters(map, locations, source);
    c.all();
    return c.problems;
  }

  /** The first refused character of a text, or -1 when it has none. */
  static int firstRefused(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return i;
        }
      } else if (c >= 0x7F && c <= 0x9F) {
        return i;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private void all() {
    text(map.settings().title(), "the title", () -> written(map.settings().title(), List.of()));
    for (Node n : map.nodes()) {
      if (clean(n)) {
        continue; // nearly every node: no message to word, nothing more to make
      }
      Supplier<SourcePosition> at = () -> locations.of(n.id()).orElse(SourcePosition.of(source));
      String of = "'" + shown(n.id()) + "'";
      if (text(n.id(), "the id " + of, at)) {
        continue; // one message for a node whose id is wrong; its other texts come with it
      }
      text(n.label(), "the label of " + of, at);
      text(n.note(), "the note of " + of, at);
      text(n.deal().stage(), "the stage of " + of, at);
      n.deal().next().ifPresent(s -> text(s.description(), "the next step of " + of, at));
      for (LaterDeal d : n.laterDeals()) {
        text(d.terms().stage(), "the stage of a deal of " + of, at);
        d.terms().next().ifPresent(s -> text(s.description(), "a next step of " + of, at));
      }
      attributes(n.attributes(), of, at);
    }
    // The texts are read column by column, so that the millions of links that are fine make no
    // link object; a kind is nearly always the same string as the link before's, checked once.
    int m = map.links().size();
    String cleanKind = "";
    for (int i = 0; i < m; i++) {
      String kind = map.linkKind(i);
      if (kind != cleanKind && firstRefused(kind) < 0) {
        cleanKind = kind;
      }
      // Ids were checked with their nodes; a link says only its own texts.
      if (kind == cleanKind && firstRefused(map.linkNote(i)) < 0 && clean(map.linkAttributes(i))) {
        continue;
      }
      Link l = map.links().get(i);
      int index = i;
      Supplier<SourcePosition> at = () -> locations.link(index).orElse(SourcePosition.of(source));
      String of = "the link " + shown(l.from()) + " -> " + shown(l.to());
      text(l.kind(), "the kind of " + of, at);
      text(l.note(), "the note of " + of, at);
      attributes(l.attributes(), of, at);
    }
    List<Affiliation> affiliations = map.affiliations();
    for (int i = 0; i < affiliations.size(); i++) {
      int index = i;
      Affiliation a = affiliations.get(i);
      text(
          a.note(),
          "the note of " + shown(a.person()) + "'s affiliation",
          () -> locations.affiliation(index).orElse(SourcePosition.of(source)));
    }
    for (Group g : map.groups()) {
      text(
          g.name(),
          "the name of group '" + shown(g.name()) + "'",
          () -> written(g.name(), g.members()));
    }
  }

  /**
   * Where a text with no place of its own stands: where the source holds it as it is written (or as
   * a JSON escape spells its first refused character), else where the first of {@code members}
   * stands, else the file.
   */
  private SourcePosition written(String text, List<String> members) {
    char c = text.charAt(firstRefused(text));
    return locations
        .find(source, text)
        .or(() -> locations.find(source, String.format("\\u%04x", (int) c)))
        .or(() -> locations.find(source, String.format("\\u%04X", (int) c)))
        .or(() -> members.stream().map(locations::of).flatMap(Optional::stream).findFirst())
        .orElse(SourcePosition.of(source));
  }

  /** Whether none of a node's texts holds a refused character. */
  private static boolean clean(Node n) {
    // A node without a label of its own has its id for one, the same string: looked at once.
    if (firstRefused(n.id()) >= 0
        || (n.label() != n.id() && firstRefused(n.label()) >= 0)
        || firstRefused(n.note()) >= 0
        || firstRefused(n.deal().stage()) >= 0
        || n.deal().next().map(s -> firstRefused(s.description()) >= 0).orElse(false)) {
      return false;
    }
    // Nearly every node has no later deal: no iterator made for each of a million.
    List<LaterDeal> later = n.laterDeals();
    for (int i = 0; i < later.size(); i++) {
      LaterDeal d = later.get(i);
      if (firstRefused(d.terms().stage()) >= 0
          || d.terms().next().map(s -> firstRefused(s.description()) >= 0).orElse(false)) {
        return false;
      }
    }
    return clean(n.attributes());
  }

  private static boolean clean(Map<String, String> attributes) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      if (firstRefused(e.getKey()) >= 0 || firstRefused(e.getValue()) >= 0) {
        return false;
      }
    }
    return true;
  }

  private void attributes(Map<String, String> attributes, String of, Supplier<SourcePosition> at) {
    attributes.forEach(
        (key, value) -> {
          if (!text(key, "an attribute's key of " + of, at)) {
            text(value, "attribute '" + shown(key) + "' of " + of, at);
          }
        });
  }

  /** Reports a refused character of {@code text}; whether there was one. */
  private boolean text(String text, String what, Supplier<SourcePosition> place) {
    int i = firstRefused(text);
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    SourcePosition at = refined(place.get(), c);
    String message =
        Character.isSurrogate(c)
            ? what + " holds half of a character (" + code(c) + " without its pair)"
            : what + " holds the control character " + code(c) + name(c);
    String hint =
        Character.isSurrogate(c)
            ? "write the whole character, or remove the half"
            : "remove it: a text may hold tabs and line breaks but no other control character";
    String line = locations.line(at);
    problems.add(Problem.error(at, message, hint).showing(pictured(line), 1));
    return true;
  }

  /** The place of the character itself when the line at {@code at} holds it as it stands. */
  private SourcePosition refined(SourcePosition at, char c) {
    String line = locations.line(at);
    int column = line.indexOf(c, Math.max(0, at.column() - 1));
    if (column < 0) {
      return at;
    }
    return new SourcePosition(at.source(), at.line(), column + 1);
  }

  private static String code(char c) {
    return String.format("U+%04X", (int) c);
  }

  private static String name(char c) {
    return switch (c) {
      case 0 -> " (NUL)";
      case 0x0C -> " (form feed)";
      case 0x1B -> " (escape)";
      case 0x0B -> " (vertical tab)";
      case 0x08 -> " (backspace)";
      case 0x07 -> " (bell)";
      case 0x7F -> " (delete)";
      case 0x85 -> " (next line)";
      case 0x9B -> " (control sequence introducer)";
      default -> c >= 0x80 ? " (a C1 control)" : "";
    };
  }

  /**
   * A source line as a message may show it: each refused character as one visible character (NUL as
   * ␀, escape as ␛, DEL as ␡, a C1 control, which has no picture of its own, as �), so the caret
   * under it stays in its column.
   */
  private static String pictured(String line) {
    if (firstRefused(line) < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line);
    for (int i = firstRefused(line); i >= 0 && i < out.length(); i++) {
      char c = out.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        out.setCharAt(i, (char) (0x2400 + c));
      } else if (c == 0x7F) {
        out.setCharAt(i, '\u2421');
      } else if (c > 0x7F && c <= 0x9F) {
        out.setCharAt(i, '\uFFFD');
      } else if (Character.isHighSurrogate(c)
          && i + 1 < out.length()
          && Character.isLowSurrogate(out.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out.toString();
  }

  /**
   * A text as a message may show it: each refused character as its code ({@code \u0000}), so that
   * the message itself carries no control character to the terminal.
   */
  static String shown(String text) {
    if (firstRefused(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c <= 0x9F)
          || (Character.isSurrogate(c) && !pair)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
        if (pair) {
          out.append(text.charAt(++i));
        }
      }
    }
    return out.toString();
  }
}
