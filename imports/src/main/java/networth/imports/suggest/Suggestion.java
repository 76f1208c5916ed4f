package networth.imports.suggest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One link (or affiliation, or merge) that the map's data implies and the map lacks.
 *
 * @param rule which kind of evidence found it
 * @param change what accepting it does to the map
 * @param reason why, in a sentence a user can check against the map
 * @param value what the opportunities it would newly connect count for, summed as the analyses
 *     count them ({@link networth.model.Deal#weight}): clients at their value, prospects at value ×
 *     probability; zero when it connects none
 * @param opportunities the ids of those opportunities, in map order
 */
public record Suggestion(
    Rule rule, Change change, String reason, BigDecimal value, List<String> opportunities) {

  public Suggestion {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(value, "value");
    opportunities = List.copyOf(opportunities);
  }

  /** The kinds of evidence, in the order the list ranks suggestions of equal value. */
  public enum Rule {
    /** A person belongs to an organisation that leads to work, with no link to it. */
    WORK_THROUGH_ORGANISATION("organisation"),
    /** A person's e-mail address is at an organisation's domain. */
    EMAIL_DOMAIN("email-domain"),
    /** A link's note names a person of the map. */
    NAMED_IN_NOTE("named-in-note"),
    /** Two person nodes are probably one person. */
    SAME_PERSON("same-person");

    private final String word;

    Rule(String word) {
      this.word = word;
    }

    /** How JSON and the documentation name it. */
    public String word() {
      return word;
    }
  }
}
