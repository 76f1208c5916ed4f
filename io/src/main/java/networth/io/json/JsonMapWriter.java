package networth.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.io.LinkIds;
import networth.model.Affiliation;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.NextStep;
import networth.model.Node;
import networth.model.PartialDate;
import networth.model.Rhythm;

/**
 * Writes a map as JSON ({@code docs/json-format.md}), streamed: each node and link goes to the
 * output as it is reached, so a map of millions of links is never held a second time as a tree.
 * Indented as Jackson indents; a field with no value (absent, empty text, empty list) is left out.
 */
public final class JsonMapWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonMapWriter() {}

  public static String write(NetworkMap map) {
    StringWriter text = new StringWriter();
    write(map, text);
    return text.toString();
  }

  /**
   * The map written to {@code out}, the same text {@link #write(NetworkMap)} gives; {@code out} is
   * flushed, not closed.
   *
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static void write(NetworkMap map, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", JsonDocument.FORMAT);
      g.writeNumberField("version", JsonDocument.VERSION);
      text(g, "title", map.settings().title());
      text(g, "currency", map.settings().currency());
      money(g, "rate", map.settings().hourlyRate());
      if (!map.groups().isEmpty()) {
        g.writeArrayFieldStart("groups");
        for (Group group : map.groups()) {
          g.writeStartObject();
          text(g, "name", group.name());
          texts(g, "members", group.members());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!map.nodes().isEmpty()) {
        g.writeArrayFieldStart("nodes");
        for (Node n : map.nodes()) {
          node(g, n);
        }
        g.writeEndArray();
      }
      if (!map.links().isEmpty()) {
        g.writeArrayFieldStart("links");
        // Each link's fields are asked of the map's columns by its number, a batch at a time whose
        // ends' ids are fetched first: no link is made.
        List<Node> nodes = map.nodes();
        int links = map.links().size();
        for (int e = 0; e < links; e++) {
          if (e % LinkIds.BATCH == 0) {
            LinkIds.fetch(map, e, Math.min(links, e + LinkIds.BATCH));
          }
          g.writeStartObject();
          text(g, "from", nodes.get(map.fromIndex(e)).id());
          text(g, "to", nodes.get(map.toIndex(e)).id());
          text(g, "kind", map.linkKind(e));
          date(g, "date", map.linkDate(e));
          text(g, "note", map.linkNote(e));
          attributes(g, map.linkAttributes(e));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!map.affiliations().isEmpty()) {
        g.writeArrayFieldStart("affiliations");
        for (Affiliation a : map.affiliations()) {
          g.writeStartObject();
          text(g, "person", a.person());
          text(g, "role", a.role().phrase());
          text(g, "organisation", a.organisation());
          date(g, "since", a.since());
          date(g, "until", a.until());
          text(g, "note", a.note());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void node(JsonGenerator g, Node n) throws IOException {
    Deal d = n.deal();
    g.writeStartObject();
    text(g, "id", n.id());
    if (!n.label().equals(n.id())) {
      text(g, "label", n.label());
    }
    text(g, "kind", n.kind().keyword());
    date(g, "date", n.date());
    date(g, "until", n.until());
    text(g, "note", n.note());
    terms(g, d);
    money(g, "cost", n.cost().money());
    text(g, "costEvery", n.cost().moneyEvery().map(Rhythm::word).orElse(""));
    number(g, "hours", n.cost().hours());
    text(g, "hoursEvery", n.cost().hoursEvery().map(Rhythm::word).orElse(""));
    money(g, "rate", n.cost().rate());
    attributes(g, n.attributes());
    if (!n.laterDeals().isEmpty()) {
      g.writeArrayFieldStart("deals");
      for (LaterDeal l : n.laterDeals()) {
        g.writeStartObject();
        text(g, "outcome", l.outcome().word());
        date(g, "date", l.date());
        terms(g, l.terms());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A deal's value, probability, stage and next step, in that order. */
  private static void terms(JsonGenerator g, Deal d) throws IOException {
    money(g, "value", d.value());
    number(g, "probability", d.probability());
    text(g, "stage", d.stage());
    if (d.next().isPresent()) {
      NextStep s = d.next().get();
      g.writeObjectFieldStart("next");
      text(g, "step", s.description());
      date(g, "date", s.date());
      g.writeEndObject();
    }
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (!value.isEmpty()) {
      g.writeStringField(field, value);
    }
  }

  private static void texts(JsonGenerator g, String field, List<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(field);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  private static void date(JsonGenerator g, String field, Optional<PartialDate> d)
      throws IOException {
    if (d.isPresent()) {
      g.writeStringField(field, d.get().toString());
    }
  }

  /** A number as the map's records gave it: the shortest decimal that reads back the same. */
  private static void number(JsonGenerator g, String field, OptionalDouble d) throws IOException {
    if (d.isPresent()) {
      g.writeFieldName(field);
      g.writeNumber(BigDecimal.valueOf(d.getAsDouble()));
    }
  }

  private static void money(JsonGenerator g, String field, Optional<Money> m) throws IOException {
    if (m.isPresent()) {
      g.writeObjectFieldStart(field);
      g.writeFieldName("amount");
      g.writeNumber(m.get().amount());
      text(g, "currency", m.get().currency());
      g.writeEndObject();
    }
  }

  private static void attributes(JsonGenerator g, Map<String, String> attributes)
      throws IOException {
    if (!attributes.isEmpty()) {
      g.writeObjectFieldStart("attributes");
      for (Map.Entry<String, String> a : attributes.entrySet()) {
        g.writeStringField(a.getKey(), a.getValue());
      }
      g.writeEndObject();
    }
  }
}
