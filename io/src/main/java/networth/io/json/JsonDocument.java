package networth.io.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The elements of the JSON form of a map, field for field as {@code docs/json-format.md} documents
 * them, as {@link JsonMapParser} reads them: absent fields are null here and nowhere else.
 */
final class JsonDocument {

  static final String FORMAT = "networth-map";
  static final int VERSION = 1;

  private JsonDocument() {}

  record MoneyJson(BigDecimal amount, String currency) {}

  record GroupJson(String name, List<String> members) {}

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
  record DealJson(
      String outcome,
      String date,
      MoneyJson value,
      BigDecimal probability,
      String stage,
      NextJson next) {}

  record NextJson(String step, String date) {}

  record LinkJson(
      String from,
      String to,
      String kind,
      String date,
      String note,
      Map<String, String> attributes) {}

  record AffiliationJson(
      String person, String role, String organisation, String since, String until, String note) {}
}
