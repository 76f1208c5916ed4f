package networth.io.csv;

import java.util.Optional;

/**
 * Where an elements sheet keeps each field, found once from its header and read on every row (a
 * look-up by name a field a row was a good part of reading a million rows).
 */
record ElementColumns(
    Optional<Integer> type,
    Optional<Integer> tags,
    Optional<Integer> deal,
    Optional<Integer> currency,
    Optional<Integer> value,
    Optional<Integer> probability,
    Optional<Integer> stage,
    Optional<Integer> next,
    Optional<Integer> nextDate,
    Optional<Integer> cost,
    Optional<Integer> hours,
    Optional<Integer> rate,
    Optional<Integer> date,
    Optional<Integer> until,
    Optional<Integer> note) {

  static ElementColumns of(Columns c) {
    return new ElementColumns(
        c.find("Type"),
        c.find("Tags"),
        c.find("Deal"),
        c.find("Currency"),
        c.find("Value"),
        c.find("Probability"),
        c.find("Stage"),
        c.find("Next"),
        c.find("Next Date"),
        c.find("Cost"),
        c.find("Hours"),
        c.find("Rate"),
        c.find("Date"),
        c.find("Until"),
        c.find("Description", "Note"));
  }
}
