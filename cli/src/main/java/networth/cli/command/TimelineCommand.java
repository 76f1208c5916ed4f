package networth.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import networth.analysis.routes.Scaled;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.engine.options.TimelineOptions;
import networth.engine.result.TimelineResult;
import networth.render.report.Tables;
import networth.render.text.Markup;
import networth.render.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code networth timeline MAP}: how long routes take, from first dated contact to the work. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    header = "How long it took, from first contact to the work.",
    description = {
      "How long it took: for each dated opportunity, from the first dated contact on its routes",
      "(the earliest dated link on any of them) to its own date (won, or opened), and how many of",
      "its routes carry a dated link. Nodes' own dates (\"channel Instagram since 2019\") are not",
      "contacts and are not used. For each channel, the typical lag (median) from its first dated",
      "contact toward an opportunity (the earliest dated link on the routes from it) to the",
      "opportunity; a channel with no dated route says so. A date of a month or a year counts",
      "from its first day."
    },
    footer = {
      "%nExamples:",
      "  networth timeline examples/power-of-the-network.netmap",
      "  networth timeline examples/power-of-the-network.netmap --from 2014"
    })
public final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin PeriodOption period;
  @Mixin FormatOption output;

  @Override
  public Integer call() throws Exception {
    return Analysis.with(
        input.files,
        period,
        output.format,
        spec,
        a -> {
          TimelineResult timeline = a.engine.timeline(new TimelineOptions(a.period.period()));
          var out = spec.commandLine().getOut();
          switch (output.format) {
            case JSON -> Json.print(out, timeline);
            case CSV ->
                out.print(Tables.timeline(a.words, a.graph, timeline.opportunities()).csv());
            default -> out.print(text(a, timeline, output.format == OutputFormat.MD));
          }
          out.flush();
          return ExitCodes.OK;
        });
  }

  private static String text(Analysis a, TimelineResult timeline, boolean markdown) {
    TextTable t = Tables.timeline(a.words, a.graph, timeline.opportunities());
    TextTable c = Tables.channelLags(a.words, a.graph, timeline.channels());
    StringBuilder s = new StringBuilder();
    String intro =
        "From the first dated contact (the earliest dated link on the routes) to the work.";
    s.append(markdown ? "# Timeline\n\n" + intro + "\n\n" : intro + "\n\n");
    if (timeline.opportunities().isEmpty()) {
      s.append("No dated opportunity has a dated link on its routes.\n");
    } else {
      s.append(markdown ? t.markdown() : t.render());
    }
    if (!timeline.unmeasured().isEmpty()) {
      String gaps = unmeasured(a, timeline.unmeasured());
      s.append('\n').append(markdown ? Markup.markdown(gaps) : gaps).append('\n');
    }
    if (!timeline.channels().isEmpty()) {
      String title = "typical lag (median) from the channel's first dated contact.";
      s.append(
          markdown
              ? "\n## By channel\n\nThe " + title + "\n\n" + c.markdown()
              : "\nBy channel: " + title + "\n\n" + c.render());
    }
    return s.toString();
  }

  /** "Not measured: Client 6 (no date of its own); Prospect 1 (none of its 2 routes dated)." */
  private static String unmeasured(Analysis a, List<TimelineResult.Unmeasured> gaps) {
    List<String> parts = new ArrayList<>();
    for (TimelineResult.Unmeasured u : gaps) {
      Scaled routes = Tables.routes(u.routes());
      String why =
          switch (u.reason()) {
            case "undated" -> "no date of its own";
            case "no dated contact" ->
                routes.toDouble() == 1
                    ? "its one route has no dated link"
                    : "none of its "
                        + (routes.exponent() < 50
                            ? Math.round(routes.toDouble()) + " routes"
                            : "routes")
                        + " has a dated link";
            default -> "nothing leads to it";
          };
      parts.add(a.label(a.index(u.id())) + " (" + why + ")");
    }
    return "Not measured: " + String.join("; ", parts) + ".";
  }
}
