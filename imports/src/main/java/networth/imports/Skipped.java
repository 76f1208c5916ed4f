package networth.imports;

import java.util.Objects;

/**
 * A row an importer read but did not take, and why ("a member who hid their details"); the summary
 * counts them by reason.
 *
 * @param origin where the row is
 * @param reason why it was left out, as a short phrase a summary can count by
 */
public record Skipped(Origin origin, String reason) {

  public Skipped {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reason, "reason");
  }
}
