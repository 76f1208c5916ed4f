package networth.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A further deal with a client who came back: Bloom Coffee hired her in 2023 and again in 2024. The
 * node's own kind, date and deal are its first deal; each later one has its own outcome, date and
 * terms, and is counted on its own by every analysis (see {@link DealMap}).
 *
 * @param outcome won, still open, or lost
 * @param date when it was won or lost, or (open) since when it is in play
 * @param terms its value, probability (open deals only), stage and next step
 */
public record LaterDeal(Outcome outcome, Optional<PartialDate> date, Deal terms) {

  /** How a deal ended, or that it has not yet. */
  public enum Outcome {
    WON(NodeKind.CLIENT),
    OPEN(NodeKind.PROSPECT),
    LOST(NodeKind.LOST);

    private final NodeKind kind;

    Outcome(NodeKind kind) {
      this.kind = kind;
    }

    /** The kind of opportunity a deal with this outcome is: client, prospect or lost. */
    public NodeKind kind() {
      return kind;
    }

    /** The outcome an opportunity of this kind stands for. */
    public static Outcome of(NodeKind kind) {
      return switch (kind) {
        case CLIENT -> WON;
        case LOST -> LOST;
        case PROSPECT -> OPEN;
        default -> throw new IllegalArgumentException(kind.keyword() + " is not an opportunity");
      };
    }

    /** {@code won}, {@code open} or {@code lost}, as the file formats spell it. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public LaterDeal {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(terms, "terms");
    if (outcome != Outcome.OPEN && terms.probability().isPresent()) {
      throw new IllegalArgumentException("only an open deal has a probability");
    }
  }

  /** The same deal with amounts that name no currency in {@code currency}. */
  LaterDeal orCurrency(String currency) {
    Deal d = terms;
    return new LaterDeal(
        outcome,
        date,
        new Deal(d.value().map(m -> m.orCurrency(currency)), d.probability(), d.stage(), d.next()));
  }
}
