package networth.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.Optional;
import networth.io.json.JsonDocument.AffiliationJson;
import networth.io.json.JsonDocument.DealJson;
import networth.io.json.JsonDocument.GroupJson;
import networth.io.json.JsonDocument.LinkJson;
import networth.io.json.JsonDocument.MapJson;
import networth.io.json.JsonDocument.MoneyJson;
import networth.io.json.JsonDocument.NextJson;
import networth.io.json.JsonDocument.NodeJson;
import networth.model.Deal;
import networth.model.LaterDeal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.PartialDate;
import networth.model.Rhythm;

/** Writes a map as JSON ({@code docs/json-format.md}). */
public final class JsonMapWriter {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonMapWriter() {}

  public static String write(NetworkMap map) {
    MapJson doc =
        new MapJson(
            JsonDocument.FORMAT,
            JsonDocument.VERSION,
            map.settings().title(),
            map.settings().currency(),
            money(map.settings().hourlyRate()),
            map.groups().stream().map(g -> new GroupJson(g.name(), g.members())).toList(),
            map.nodes().stream().map(JsonMapWriter::node).toList(),
            map.links().stream()
                .map(
                    l ->
                        new LinkJson(
                            l.from(), l.to(), l.kind(), date(l.date()), l.note(), l.attributes()))
                .toList(),
            map.affiliations().stream()
                .map(
                    a ->
                        new AffiliationJson(
                            a.person(),
                            a.role().phrase(),
                            a.organisation(),
                            date(a.since()),
                            date(a.until()),
                            a.note()))
                .toList());
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map could not be written as JSON", e);
    }
  }

  private static NodeJson node(Node n) {
    Deal d = n.deal();
    return new NodeJson(
        n.id(),
        n.label().equals(n.id()) ? null : n.label(),
        n.kind().keyword(),
        date(n.date()),
        date(n.until()),
        n.note(),
        money(d.value()),
        d.probability().isPresent() ? BigDecimal.valueOf(d.probability().getAsDouble()) : null,
        d.stage(),
        d.next().map(s -> new NextJson(s.description(), date(s.date()))).orElse(null),
        money(n.cost().money()),
        n.cost().moneyEvery().map(Rhythm::word).orElse(null),
        n.cost().hours().isPresent() ? BigDecimal.valueOf(n.cost().hours().getAsDouble()) : null,
        n.cost().hoursEvery().map(Rhythm::word).orElse(null),
        money(n.cost().rate()),
        n.attributes(),
        n.laterDeals().stream().map(JsonMapWriter::deal).toList());
  }

  private static DealJson deal(LaterDeal l) {
    Deal d = l.terms();
    return new DealJson(
        l.outcome().word(),
        date(l.date()),
        money(d.value()),
        d.probability().isPresent() ? BigDecimal.valueOf(d.probability().getAsDouble()) : null,
        d.stage(),
        d.next().map(s -> new NextJson(s.description(), date(s.date()))).orElse(null));
  }

  private static MoneyJson money(Optional<Money> m) {
    return m.map(v -> new MoneyJson(v.amount(), v.currency())).orElse(null);
  }

  private static String date(Optional<PartialDate> d) {
    return d.map(PartialDate::toString).orElse(null);
  }
}
