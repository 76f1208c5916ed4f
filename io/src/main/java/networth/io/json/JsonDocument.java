package networth.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a map, field for field as {@code docs/json-format.md} documents it. These
 * records only carry data between Jackson and the model: absent fields are null here and nowhere
 * else.
 */
final class JsonDocument {

  static final String FORMAT = "networth-map";
  static final int VERSION = 1;

  private JsonDocument() {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "format",
    "version",
    "title",
    "currency",
    "rate",
    "groups",
    "nodes",
    "links",
    "affiliations"
  })
  record MapJson(
      String format,
      Integer version,
      String title,
      String currency,
      MoneyJson rate,
      List<GroupJson> groups,
      List<NodeJson> nodes,
      List<LinkJson> links,
      List<AffiliationJson> affiliations) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"amount", "currency"})
  record MoneyJson(BigDecimal amount, String currency) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record GroupJson(String name, List<String> members) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({
    "id",
    "label",
    "kind",
    "date",
    "until",
    "note",
    "value",
    "probability",
    "stage",
    "next",
    "cost",
    "costEvery",
    "hours",
    "hoursEvery",
    "rate",
    "attributes",
    "deals"
  })
  record NodeJson(
      String id,
      String label,
      String kind,
      String date,
      String until,
      String note,
      MoneyJson value,
      BigDecimal probability,
      String stage,
      NextJson next,
      MoneyJson cost,
      String costEvery,
      BigDecimal hours,
      String hoursEvery,
      MoneyJson rate,
      Map<String, String> attributes,
      List<DealJson> deals) {}

  /** A further deal of an opportunity whose client came back. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"outcome", "date", "value", "probability", "stage", "next"})
  record DealJson(
      String outcome,
      String date,
      MoneyJson value,
      BigDecimal probability,
      String stage,
      NextJson next) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record NextJson(String step, String date) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"from", "to", "kind", "date", "note", "attributes"})
  record LinkJson(
      String from,
      String to,
      String kind,
      String date,
      String note,
      Map<String, String> attributes) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"person", "role", "organisation", "since", "until", "note"})
  record AffiliationJson(
      String person, String role, String organisation, String since, String until, String note) {}
}
