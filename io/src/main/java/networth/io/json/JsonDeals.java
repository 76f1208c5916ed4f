package networth.io.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import networth.io.json.JsonDocument.DealJson;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.NextStep;
import networth.model.NodeKind;

/** The "deals" array of an opportunity whose client came back ({@code docs/json-format.md}). */
final class JsonDeals {

  private JsonDeals() {}

  /** The further deals of an opportunity, or empty when one is wrong (it is reported). */
  static Optional<List<LaterDeal>> read(
      JsonMapReader r, String where, NodeKind kind, List<DealJson> deals) {
    if (!kind.isOpportunity()) {
      r.problem(
          where + ".deals",
          "only an opportunity (client, prospect, lost) has deals, and this is a " + kind.keyword(),
          "remove them, or change the node's kind");
      return Optional.empty();
    }
    int before = r.reported;
    List<LaterDeal> out = new ArrayList<>();
    for (int i = 0; i < deals.size(); i++) {
      String at = where + ".deals[" + i + "]";
      DealJson d = deals.get(i);
      Optional<LaterDeal.Outcome> outcome =
          d == null || d.outcome() == null
              ? Optional.empty()
              : Arrays.stream(LaterDeal.Outcome.values())
                  .filter(o -> o.word().equals(d.outcome()))
                  .findFirst();
      if (outcome.isEmpty()) {
        r.problem(at + ".outcome", "a deal is won, open or lost", "write \"outcome\": \"won\"");
        continue;
      }
      if (d.value() == null) {
        r.problem(at, "a deal needs a value", "write \"value\": {\"amount\": 2500}");
        continue;
      }
      if (d.probability() != null && outcome.get() != LaterDeal.Outcome.OPEN) {
        r.problem(
            at + ".probability",
            "a probability is for an open deal, and this one is " + d.outcome(),
            "remove it: a won deal counts in full and a lost one not at all");
        continue;
      }
      Deal terms =
          new Deal(
              r.money(at + ".value", d.value()),
              r.probability(at, d.probability()),
              Objects.requireNonNullElse(d.stage(), ""),
              Optional.empty());
      if (d.next() != null) {
        terms =
            terms.withNext(
                new NextStep(
                    Objects.requireNonNullElse(d.next().step(), ""),
                    r.date(at + ".next.date", d.next().date())));
      }
      out.add(new LaterDeal(outcome.get(), r.date(at + ".date", d.date()), terms));
    }
    return r.reported > before ? Optional.empty() : Optional.of(out);
  }
}
