package networth.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Sam works at Northwind", "Priya owns Bloom Coffee": who belongs to which organisation. Unlike a
 * {@link Link} it says nothing about how work came: it is no route, passes no credit and takes no
 * part in any analysis. It is kept so that the map shows, exports and reports it, and so that an
 * importer (a LinkedIn export's {@code Company} column) has somewhere to put what it knows.
 *
 * @param person the id of the person (or the organisation, for one that is a member of another)
 * @param organisation the id of the organisation
 * @param role how the person belongs to it
 * @param since when it began, if known
 * @param until when it ended, if it did; not before {@code since}
 * @param note a free note
 */
public record Affiliation(
    String person,
    String organisation,
    Role role,
    Optional<PartialDate> since,
    Optional<PartialDate> until,
    String note) {

  public Affiliation {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(note, "note");
    if (person.isBlank() || organisation.isBlank()) {
      throw new IllegalArgumentException("an affiliation joins two named nodes");
    }
  }

  /** "person role organisation", undated and without a note: what an importer knows first. */
  public static Affiliation of(String person, Role role, String organisation) {
    return new Affiliation(person, organisation, role, Optional.empty(), Optional.empty(), "");
  }

  public Affiliation since(PartialDate d) {
    return new Affiliation(person, organisation, role, Optional.of(d), until, note);
  }

  public Affiliation until(PartialDate d) {
    return new Affiliation(person, organisation, role, since, Optional.of(d), note);
  }

  public Affiliation withNote(String n) {
    return new Affiliation(person, organisation, role, since, until, n);
  }

  /** Whether it has ended: it has an {@code until}. */
  public boolean ended() {
    return until.isPresent();
  }

  /** "Sam works at Northwind", with the past form once it has ended. */
  public String sentence(String personLabel, String organisationLabel) {
    return personLabel + " " + role.phrase(ended()) + " " + organisationLabel;
  }

  /**
   * The ways one can belong to an organisation. Kept small and closed so that every output can name
   * each one; a finer description (a job title, "co-founded") goes in the note.
   */
  public enum Role {
    /** Employed by it, or working for it as a contractor: "works at", "worked at". */
    WORKS_AT("works at", "worked at"),
    /** Owns it, or a share of it: "owns", "owned". */
    OWNS("owns", "owned"),
    /** Started it: "founded", the same in either tense. */
    FOUNDED("founded", "founded"),
    /** Belongs to a club, meetup, association or board: "member of", "was member of". */
    MEMBER_OF("member of", "was member of");

    private final String phrase;
    private final String past;

    Role(String phrase, String past) {
      this.phrase = phrase;
      this.past = past;
    }

    /** The words that say it in a map file and in every output: "works at". */
    public String phrase() {
      return phrase;
    }

    /** The words for one that has ended: "worked at". */
    public String past() {
      return past;
    }

    /** The past form when {@code ended}, else the present one. */
    public String phrase(boolean ended) {
      return ended ? past : phrase;
    }

    /** The role some words name, in either tense, any case and any spacing; else empty. */
    public static Optional<Role> fromPhrase(String words) {
      String w = String.join(" ", words.trim().toLowerCase(Locale.ROOT).split("\\s+"));
      return Arrays.stream(values())
          .filter(r -> r.phrase.equals(w) || r.past.equals(w))
          .findFirst();
    }

    /** The role a name such as {@code WORKS_AT} or {@code works_at} gives; else empty. */
    public static Optional<Role> fromName(String name) {
      String n = name.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      return Arrays.stream(values()).filter(r -> r.name().equals(n)).findFirst();
    }

    /** Every phrase in either tense, for messages and for "did you mean". */
    public static List<String> phrases() {
      return Arrays.stream(values()).flatMap(r -> Stream.of(r.phrase, r.past)).distinct().toList();
    }

    /** The most words a phrase has, so that a reader knows how far to look. */
    public static int longestPhrase() {
      return phrases().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    }
  }
}
