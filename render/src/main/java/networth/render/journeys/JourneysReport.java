package networth.render.journeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.journeys.PathTable;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.markov.ChannelCredit;
import networth.journeys.markov.RemovalEffect;
import networth.journeys.shapley.ShapleyCredit;
import networth.render.report.Framing;
import networth.render.report.Report;
import networth.render.report.Report.Bullets;
import networth.render.report.Report.Figure;
import networth.render.report.Report.Paragraph;
import networth.render.report.Report.Section;
import networth.render.report.Report.Table;
import networth.render.text.TextTable;

/**
 * The journeys report: what a marketing analyst would otherwise put together by hand from
 * ChannelAttribution's outputs — every model's credit per channel side by side, the Markov removal
 * effects, the transition matrix as a heat map, the most common paths and the Markov order chosen.
 * Built as a {@link Report}, so that the map report's writers give it the same page (HTML with the
 * same style sheet, or Markdown) and the same input always the same bytes.
 */
public final class JourneysReport {

  /** How many of the most common paths are listed. */
  public static final int TOP_PATHS = 20;

  /** The line under the title and the footer's basis. */
  public static final Framing FRAMING =
      new Framing(
          "Which channels bring the conversions, from",
          "Every number is computed from the journeys alone.");

  private JourneysReport() {}

  /**
   * The report of {@code f}.
   *
   * @param source the file, as the user named it
   * @param read what was read, in a sentence ("10,000 rows in the path format")
   */
  public static Report build(JourneysFindings f, String source, String read) {
    List<Integer> ranked = byMarkovCredit(f);
    List<Section> sections = new ArrayList<>();
    sections.add(credit(f, ranked));
    sections.add(removalEffects(f, ranked));
    sections.add(transitions(f, ranked));
    sections.add(PathsSection.of(f.table()));
    sections.add(OrderSection.of(f));
    return new Report(
        "Customer journeys: " + fileName(source), source, headlines(f, read), sections);
  }

  private static List<String> headlines(JourneysFindings f, String read) {
    PathTable t = f.table();
    double journeys = t.totalConversions() + t.totalNulls();
    List<String> h = new ArrayList<>();
    h.add(
        Figures.count(journeys)
            + " journeys ("
            + read
            + ") over "
            + t.channels().size()
            + (t.channels().size() == 1 ? " channel and " : " channels and ")
            + Figures.count(t.size())
            + (t.size() == 1 ? " distinct path: " : " distinct paths: ")
            + Figures.amount(t.totalConversions())
            + " conversions worth "
            + Figures.amount(t.totalValue())
            + (journeys > 0
                ? ", " + Figures.percent(t.totalConversions() / journeys) + " of the journeys"
                : "")
            + ".");
    List<ChannelCredit> credits = f.markov().credits();
    if (t.totalConversions() > 0 && !credits.isEmpty()) {
      ChannelCredit best =
          credits.stream()
              .max(Comparator.comparingDouble(ChannelCredit::totalConversions))
              .orElseThrow();
      h.add(
          "Under the Markov model (order "
              + f.order().order()
              + ") "
              + best.channelName()
              + " brings the most: "
              + Figures.amount(best.totalConversions())
              + " conversions, "
              + Figures.percent(best.totalConversions() / t.totalConversions())
              + " of all.");
    }
    List<Integer> top = TopPaths.of(t, 1);
    if (!top.isEmpty()) {
      int p = top.get(0);
      double n = t.conversions(p) + t.nulls(p);
      h.add(
          "The most common path, "
              + String.join(" > ", t.names(p))
              + ", was taken by "
              + Figures.count(n)
              + (n == 1 ? " journey" : " journeys")
              + ", "
              + Figures.percent(n > 0 ? t.conversions(p) / n : 0)
              + " of which converted.");
    }
    return h;
  }

  /** Channel numbers, most Markov credit first (the order first met among equals). */
  private static List<Integer> byMarkovCredit(JourneysFindings f) {
    List<ChannelCredit> credits = f.markov().credits();
    List<String> channels = f.table().channels();
    double[] credit = new double[channels.size()];
    for (ChannelCredit c : credits) {
      int i = channels.indexOf(c.channelName());
      if (i >= 0) {
        credit[i] = c.totalConversions();
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < channels.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -credit[i]));
    return order;
  }

  private static Section credit(JourneysFindings f, List<Integer> ranked) {
    List<String> models = new ArrayList<>(List.of("FIRST TOUCH", "LAST TOUCH", "LINEAR"));
    models.add("POSITION");
    f.timeDecay().ifPresent(t -> models.add("TIME DECAY"));
    models.add("MARKOV (ORDER " + f.order().order() + ")");
    models.add("SHAPLEY");
    List<double[]> conversions = new ArrayList<>();
    List<double[]> value = new ArrayList<>();
    ChannelCredits h = f.heuristics();
    for (String kind : List.of("first_touch", "last_touch", "linear_touch")) {
      conversions.add(h.column(kind + "_conversions").values());
      value.add(h.column(kind + "_value").values());
    }
    conversions.add(f.position().column("position_based_conversions").values());
    value.add(f.position().column("position_based_value").values());
    f.timeDecay()
        .ifPresent(
            t -> {
              conversions.add(t.column("time_decay_conversions").values());
              value.add(t.column("time_decay_value").values());
            });
    List<String> channels = f.table().channels();
    double[] markovConv = new double[channels.size()];
    double[] markovValue = new double[channels.size()];
    for (ChannelCredit c : f.markov().credits()) {
      int i = channels.indexOf(c.channelName());
      markovConv[i] = c.totalConversions();
      markovValue[i] = c.totalConversionValue();
    }
    conversions.add(markovConv);
    value.add(markovValue);
    double[] shapleyConv = new double[channels.size()];
    double[] shapleyValue = new double[channels.size()];
    for (ShapleyCredit c : f.shapley().credits()) {
      int i = channels.indexOf(c.channelName());
      shapleyConv[i] = c.totalConversions();
      shapleyValue[i] = c.totalConversionValue();
    }
    conversions.add(shapleyConv);
    value.add(shapleyValue);
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "How many of the conversions each channel earns under each model. Where the models"
                + " agree, the answer does not hang on how credit is shared; where they differ,"
                + " the channel opens journeys (first touch), closes them (last touch) or helps"
                + " along the way (linear, position). The Markov and Shapley models learn the"
                + " shares from the journeys themselves rather than from a rule."));
    blocks.add(
        new Table(
            "Conversions credited to each channel, by model; channels by Markov credit",
            sideBySide(channels, ranked, models, conversions)));
    blocks.add(
        new Table(
            "Value credited to each channel, by model",
            sideBySide(channels, ranked, models, value)));
    List<String> about = new ArrayList<>();
    about.add(
        "First and last touch: all of a journey's conversion to its first (last) channel. Linear:"
            + " an equal share to every touch, so a channel touched twice gets two shares.");
    about.add(
        "Position: 40% to the first touch, 40% to the last, 20% shared by the touches between.");
    if (f.timeDecay().isPresent()) {
      about.add(
          "Time decay: each touch weighs half as much for every 7 days before the conversion.");
    }
    about.add(
        "Markov: each channel's share of the conversions that would be lost without it (its"
            + " removal effect, below), from a Markov chain of order "
            + f.order().order()
            + " solved exactly.");
    about.add(
        "Shapley: a channel's fair share of what the sets of channels it belongs to bring, over"
            + " every order in which the channels could be added"
            + (f.shapley().exact()
                ? "."
                : "; estimated from "
                    + Figures.count(f.shapley().permutations())
                    + " random orders (more than 20 channels), so each number is approximate."));
    if (f.timeDecay().isEmpty()) {
      about.add(
          "Time decay is not shown: it needs each touch's time, which the path format does not"
              + " have (give one touchpoint a row: journey_id,timestamp,channel).");
    }
    blocks.add(new Bullets(about));
    return new Section("credit", "Credit per channel", blocks);
  }

  private static TextTable sideBySide(
      List<String> channels, List<Integer> ranked, List<String> models, List<double[]> columns) {
    List<String> header = new ArrayList<>(List.of("CHANNEL"));
    models.forEach(m -> header.add(">" + m));
    TextTable t = new TextTable(header.toArray(String[]::new));
    double[] totals = new double[columns.size()];
    for (int i : ranked) {
      List<String> row = new ArrayList<>(List.of(channels.get(i)));
      for (int m = 0; m < columns.size(); m++) {
        row.add(Figures.amount(columns.get(m)[i]));
        totals[m] += columns.get(m)[i];
      }
      t.row(row.toArray(String[]::new));
    }
    List<String> total = new ArrayList<>(List.of("Total"));
    for (double x : totals) {
      total.add(Figures.amount(x));
    }
    return t.row(total.toArray(String[]::new));
  }

  private static Section removalEffects(JourneysFindings f, List<Integer> ranked) {
    List<String> channels = f.table().channels();
    TextTable t = new TextTable("CHANNEL", ">CONVERSIONS LOST", ">VALUE LOST");
    for (int i : ranked) {
      RemovalEffect e = effect(f, channels.get(i));
      t.row(
          channels.get(i),
          Figures.smallShare(e.removalEffectsConversion()),
          Figures.smallShare(e.removalEffectsConversionValue()));
    }
    return new Section(
        "removal-effects",
        "Removal effects",
        List.of(
            new Paragraph(
                "What would be lost without each channel: the share of the conversions (and of"
                    + " their value) that no longer happen when every journey reaching the channel"
                    + " stops there. The shares add up to more than 100% when journeys need"
                    + " several channels; the Markov credit above divides all conversions in"
                    + " proportion to them. A channel with a high removal effect holds journeys"
                    + " together, whichever touch it is."),
            new Table("Removal effects of the Markov chain of order " + f.order().order(), t)));
  }

  private static RemovalEffect effect(JourneysFindings f, String channel) {
    for (RemovalEffect e : f.markov().removalEffects()) {
      if (e.channelName().equals(channel)) {
        return e;
      }
    }
    return new RemovalEffect(channel, 0, 0);
  }

  private static Section transitions(JourneysFindings f, List<Integer> ranked) {
    List<String> channels = new ArrayList<>();
    ranked.forEach(i -> channels.add(f.table().channels().get(i)));
    String atOrder =
        f.order().order() == 1
            ? ""
            : " The credit above uses a chain of order "
                + f.order().order()
                + ", whose states are runs of "
                + f.order().order()
                + " channels; the heat map shows the chain of order 1 to stay readable.";
    return new Section(
        "transitions",
        "Where journeys go next",
        List.of(
            new Paragraph(
                "Each row is where a journey is (its start, or the channel just touched); each"
                    + " column where it goes next: another channel, a conversion, or the end"
                    + " without one (null). A cell is the share of the journeys leaving its row"
                    + " that go to its column, so each row adds up to 100%; the darker, the more."
                    + " Repeated touches of the same channel count as one."
                    + atOrder),
            new Figure(
                "transitions",
                TransitionHeatMap.svg(f.firstOrder(), channels),
                "Transition probabilities between channels (Markov chain of order 1); hover over"
                    + " a cell for its row and column.",
                false)));
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
