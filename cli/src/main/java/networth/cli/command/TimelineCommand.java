package networth.cli.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import networth.analysis.timeline.Timeline;
import networth.cli.ExitCodes;
import networth.cli.Timings;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.render.report.Tables;
import networth.text.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code networth timeline MAP}: how long routes take, from first touch to the work. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    header = "How long it took, from first touch to the work.",
    description = {
      "How long it took: for each dated opportunity, from the earliest dated touch on its routes (a",
      "node's or a link's date) to its own date (won, or opened); for each channel, the typical lag",
      "(median) from its first touch toward an opportunity (its link's date, else the date of the",
      "node it led to) to the opportunity. A date of a month or a year counts from its first day."
    },
    footer = {"%nExample:%n  networth timeline examples/power-of-the-network.netmap"})
public final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin FormatOption output;

  @Override
  public Integer call() throws Exception {
    return Analysis.with(
        input.files,
        spec.commandLine().getErr(),
        a -> {
          List<Timeline.Lag> lags =
              Timings.phase("timeline", () -> Timeline.opportunities(a.graph));
          List<Timeline.ChannelLag> channels =
              Timings.phase("channels", () -> Timeline.channels(a.graph));
          var out = spec.commandLine().getOut();
          if (output.format == OutputFormat.JSON) {
            List<Map<String, Object>> opps = new ArrayList<>();
            for (Timeline.Lag l : lags) {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", a.id(l.node()));
              m.put("firstTouch", LocalDate.ofEpochDay(l.firstTouch()).toString());
              m.put("date", LocalDate.ofEpochDay(l.date()).toString());
              m.put("days", l.days());
              opps.add(m);
            }
            List<Map<String, Object>> chans = new ArrayList<>();
            for (Timeline.ChannelLag c : channels) {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", a.id(c.channel()));
              m.put("opportunities", c.lags().size());
              m.put("medianDays", c.medianDays().isPresent() ? c.medianDays().getAsInt() : null);
              chans.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("opportunities", opps);
            doc.put("channels", chans);
            out.print(Json.write(doc));
          } else {
            TextTable t = Tables.timeline(a.words, lags);
            TextTable c = Tables.channelLags(a.words, channels);
            if (output.format == OutputFormat.TEXT) {
              out.print(
                  "From first touch to the work.\n\n"
                      + (lags.isEmpty() ? "No dated opportunity has a dated touch.\n" : t.render())
                      + "\nBy channel (median).\n\n"
                      + c.render());
            } else if (output.format == OutputFormat.MD) {
              out.print("# Timeline\n\n" + t.markdown() + "\n## By channel\n\n" + c.markdown());
            } else {
              out.print(t.csv());
            }
          }
          out.flush();
          return ExitCodes.OK;
        });
  }
}
