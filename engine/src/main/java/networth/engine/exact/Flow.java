package networth.engine.exact;

import java.util.List;

/**
 * Where the work started: each opportunity's value split among the origins its routes start from
 * (first-touch credit; an opportunity with several routes shares its value among them equally). The
 * most valuable opportunities are given one by one, the rest together.
 *
 * @param origins every origin that starts some value, most first (then in map order)
 * @param drawn the most valuable counted opportunities (then in map order), as many as asked
 * @param others how many counted opportunities are not among {@code drawn}
 * @param toOthers what each origin starts in those others together, in the order of {@code
 *     origins}; only amounts above rounding noise (a billionth of the total value)
 */
public record Flow(List<Origin> origins, List<Opportunity> drawn, int others, List<Band> toOthers) {

  public Flow {
    origins = List.copyOf(origins);
    drawn = List.copyOf(drawn);
    toOthers = List.copyOf(toOthers);
  }

  /**
   * @param id the origin's id
   * @param credit the value it starts, over all the work
   */
  public record Origin(String id, double credit) {}

  /**
   * @param id the opportunity's id
   * @param value its value
   * @param bands where its value starts, in the order of the origins; only origins that start some
   */
  public record Opportunity(String id, double value, List<Band> bands) {
    public Opportunity {
      bands = List.copyOf(bands);
    }
  }

  /**
   * @param origin the origin's id
   * @param amount the value it starts
   */
  public record Band(String origin, double amount) {}
}
