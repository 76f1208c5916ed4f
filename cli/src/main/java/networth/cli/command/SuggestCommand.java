package networth.cli.command;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import networth.cli.ExitCodes;
import networth.cli.output.Json;
import networth.cli.output.OutputFormat;
import networth.graph.CycleFinder;
import networth.graph.MapGraph;
import networth.imports.suggest.Acceptance;
import networth.imports.suggest.Change;
import networth.imports.suggest.Suggestion;
import networth.imports.suggest.Suggestions;
import networth.io.MapFiles;
import networth.io.MapFormat;
import networth.io.ReadResult;
import networth.io.UnsupportedFormatException;
import networth.render.text.TextTable;
import networth.text.Amounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code networth suggest MAP [--accept N…]}: the links the map's data implies and it lacks. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    header = "List the links the map's data implies and the map lacks; --accept adds them.",
    description = {
      "Reads what the map's people carry (where they work, their e-mail addresses and profiles, the",
      "notes on their links) and lists, numbered, the links it implies and the map lacks: a person at",
      "an organisation that leads to work, an e-mail address at an organisation's domain, a note that",
      "names someone, and two nodes that are probably one person. Each comes with its reason and the",
      "value it would connect, most value first; the same map always gives the same numbers.",
      "--accept N... adds the chosen ones to the map file, keeping its layout and comments."
    },
    footer = {
      "%nExamples:",
      "  networth suggest network.netmap",
      "  networth suggest network.netmap --accept 1 3",
      "  networth suggest network.netmap --format json"
    })
public final class SuggestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin MapInput input;
  @Mixin FormatOption output;

  @Option(
      names = "--accept",
      arity = "1..*",
      paramLabel = "N",
      description = "Add these suggestions (their numbers in the list) to the map file.")
  List<Integer> accept = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    ReadResult read = input.readFile(spec.commandLine().getErr());
    if (read.hasErrors()) {
      return ExitCodes.INPUT_PROBLEMS;
    }
    List<Suggestion> list = Suggestions.of(read.map());
    String currency = read.map().settings().currency();
    if (accept.isEmpty()) {
      print(list, currency);
      return ExitCodes.OK;
    }
    List<Suggestion> chosen = chosen(list);
    Path target = target();
    Acceptance.Accepted after = Acceptance.apply(read.map(), read.layout(), chosen);
    Optional<List<String>> loop = CycleFinder.find(MapGraph.of(after.map()));
    if (loop.isPresent()) {
      throw new BadArgumentException(
          "--accept "
              + numbers()
              + ": together these would make a loop ("
              + String.join(" → ", loop.get())
              + "), which a map cannot have; accept them one at a time and run suggest again");
    }
    List<Path> written = MapFiles.write(after.map(), after.layout(), target);
    var out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("accepted", numbered(list, chosen, currency));
      json.put("written", written.stream().map(Path::toString).toList());
      out.print(Json.write(json));
    } else {
      for (Suggestion s : chosen) {
        out.println(
            (s.change() instanceof Change.Merge ? "merged " : "added ")
                + s.change().title().replaceFirst("^merge ", ""));
      }
      written.forEach(p -> out.println("wrote " + p));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private String numbers() {
    return String.join(" ", accept.stream().map(String::valueOf).toList());
  }

  /** The suggestions the numbers name, each once, in the order given. */
  private List<Suggestion> chosen(List<Suggestion> list) {
    List<Suggestion> chosen = new ArrayList<>();
    for (int n : new LinkedHashSet<>(accept)) {
      if (n < 1 || n > list.size()) {
        throw new BadArgumentException(
            "--accept "
                + n
                + ": there is no suggestion "
                + n
                + (list.isEmpty()
                    ? "; this map has none"
                    : "; this map has " + list.size() + " (1 to " + list.size() + ")")
                + ". Run 'networth suggest MAP' to list them; the map was not changed");
      }
      chosen.add(list.get(n - 1));
    }
    return chosen;
  }

  /** Where the map is written back: its file, or the folder of a spreadsheet pair. */
  private Path target() {
    Path first = input.files.get(0);
    MapFormat format = MapFormat.of(first).orElse(MapFormat.CSV);
    if (format != MapFormat.CSV) {
      return first;
    }
    if (input.files.size() == 1 && Files.isDirectory(first)) {
      return first;
    }
    Path folder = first.toAbsolutePath().getParent();
    for (Path p : input.files) {
      String name = p.getFileName().toString();
      boolean standard = name.equals(MapFiles.ELEMENTS) || name.equals(MapFiles.CONNECTIONS);
      if (!standard || !p.toAbsolutePath().getParent().equals(folder)) {
        throw new UnsupportedFormatException(
            "--accept writes a spreadsheet map back as "
                + MapFiles.ELEMENTS
                + " and "
                + MapFiles.CONNECTIONS
                + " in one folder; "
                + p
                + " is not one of them: give the folder, or convert the map to .netmap first");
      }
    }
    return folder;
  }

  private void print(List<Suggestion> list, String currency) {
    var out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("currency", currency);
      json.put("suggestions", numbered(list, list, currency));
      out.print(Json.write(json));
    } else if (output.format == OutputFormat.TEXT) {
      out.print(text(list, currency));
    } else {
      TextTable t = new TextTable("N", "SUGGESTION", "VALUE", "OPPORTUNITIES", "REASON");
      for (int i = 0; i < list.size(); i++) {
        Suggestion s = list.get(i);
        t.row(
            String.valueOf(i + 1),
            s.change().title(),
            Amounts.show(s.value(), currency),
            String.join(", ", s.opportunities()),
            s.reason());
      }
      out.print(output.format.table(t));
    }
    out.flush();
  }

  private String text(List<Suggestion> list, String currency) {
    String map = String.join(" ", input.files.stream().map(Path::toString).toList());
    if (list.isEmpty()) {
      return "Nothing to suggest for "
          + map
          + ": the map has every link its people's workplaces, addresses and notes imply.\n";
    }
    StringBuilder b = new StringBuilder();
    b.append(list.size())
        .append(list.size() == 1 ? " suggestion" : " suggestions")
        .append(" for ")
        .append(map)
        .append(", most value first:\n\n");
    int width = String.valueOf(list.size()).length();
    for (int i = 0; i < list.size(); i++) {
      Suggestion s = list.get(i);
      String n = String.format("%" + width + "d. ", i + 1);
      b.append(n).append(s.change().title()).append("  (").append(worth(s, currency)).append(")\n");
      b.append(" ".repeat(n.length())).append(s.reason()).append('\n');
    }
    b.append("\nTo add some: networth suggest ")
        .append(map)
        .append(" --accept ")
        .append(list.size() == 1 ? "1" : "1 2")
        .append('\n');
    return b.toString();
  }

  private static String worth(Suggestion s, String currency) {
    if (s.opportunities().isEmpty()) {
      return "connects no opportunity";
    }
    List<String> named = s.opportunities().stream().limit(3).toList();
    String more =
        s.opportunities().size() > 3 ? " and " + (s.opportunities().size() - 3) + " more" : "";
    return Amounts.show(s.value(), currency) + ": " + String.join(", ", named) + more;
  }

  /** The JSON of each suggestion, with its number in the whole list. */
  private static List<Map<String, Object>> numbered(
      List<Suggestion> list, List<Suggestion> these, String currency) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Suggestion s : these) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("number", list.indexOf(s) + 1);
      o.put("rule", s.rule().word());
      o.put("title", s.change().title());
      o.put("reason", s.reason());
      o.put("value", amount(s.value()));
      o.put("opportunities", s.opportunities());
      if (s.change() instanceof Change.Add add) {
        o.put(
            "links",
            add.links().stream().map(l -> Map.of("from", l.from(), "to", l.to())).toList());
        o.put(
            "affiliations",
            add.affiliations().stream()
                .map(
                    a ->
                        Map.of(
                            "person", a.person(),
                            "role", a.role().phrase(),
                            "organisation", a.organisation()))
                .toList());
      } else if (s.change() instanceof Change.Merge m) {
        o.put("merge", Map.of("keep", m.keep(), "remove", m.other()));
      }
      out.add(o);
    }
    return out;
  }

  /** Rounded to cents and written plainly, as every command writes amounts. */
  private static BigDecimal amount(BigDecimal v) {
    BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}
