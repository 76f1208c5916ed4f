package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

class CommandsTest {

  static final String SEED = SummaryCommandTest.SEED;

  /** Every command of networth, as the top help lists them. */
  static final java.util.List<String> COMMANDS =
      java.util.List.of(
          "check",
          "fmt",
          "convert",
          "summary",
          "render",
          "report",
          "paths",
          "attribute",
          "journeys",
          "critical",
          "whatif",
          "connectors",
          "roi",
          "timeline",
          "generate");

  static java.util.List<String> commands() {
    return COMMANDS;
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("commands")
  void everyCommandHasHelpThatFitsTheTerminal(String command) {
    Run run = Run.of(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Usage: networth " + command).contains("Example");
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(100));
  }

  /** Every format any command might take, and then some, to find what each really accepts. */
  static final java.util.List<String> FORMATS =
      java.util.List.of(
          "text", "json", "csv", "md", "markdown", "html", "svg", "png", "pdf", "dot", "xml");

  /** Arguments with which each command runs on the seed map, so that only --format decides. */
  static java.util.List<String> runnable(String command, Path dir) {
    return switch (command) {
      case "paths" -> java.util.List.of(command, SEED, "Client 1");
      case "whatif" -> java.util.List.of(command, SEED, "--without", "LinkedIn");
      case "report" -> java.util.List.of(command, SEED, "-o", dir.resolve("r.html").toString());
      case "fmt" -> java.util.List.of(command, SEED, "--stdout");
      case "convert", "render" ->
          java.util.List.of(command, SEED, "-o", dir.resolve("m.json").toString());
      case "generate" ->
          java.util.List.of(
              command,
              "--people",
              "5",
              "--links",
              "12",
              "--opportunities",
              "3",
              "-o",
              dir.resolve("g.netmap").toString());
      case "journeys" -> java.util.List.of(command, journeysFile(dir));
      default -> java.util.List.of(command, SEED);
    };
  }

  /** A small file of journeys in ChannelAttribution's path format. */
  static String journeysFile(Path dir) {
    try {
      return java.nio.file.Files.writeString(
              dir.resolve("paths.csv"), "path,total_conversions\na > b,1\nb,2\n")
          .toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The help's description of --format, its continuation lines included; empty without one. */
  static String formatHelp(String help) {
    StringBuilder s = new StringBuilder();
    boolean in = false;
    for (String line : help.lines().toList()) {
      if (line.matches("^\\s+(-\\w, )?--format.*")) {
        in = true;
      } else if (in && line.matches("^\\s+-.*|^\\S.*|^$")) {
        break;
      }
      if (in) {
        s.append(line).append(' ');
      }
    }
    return s.toString();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("commands")
  void theHelpOfEveryCommandListsEveryFormatItAcceptsAndNoOther(String command, @TempDir Path dir) {
    java.util.List<String> args = runnable(command, dir);
    Run plain = Run.of(args.toArray(String[]::new));
    assertThat(plain.exit()).as("%s runs with %s: %s", command, args, plain.err()).isZero();
    String listed = formatHelp(Run.of(command, "--help").out());
    for (String format : FORMATS) {
      java.util.List<String> with = new java.util.ArrayList<>(args);
      with.add("--format");
      with.add(format);
      // md and markdown written to r.html would disagree with the name: name the file for it.
      if (command.equals("report") && !format.equals("html")) {
        with.set(3, dir.resolve("r." + format).toString());
      }
      Run run = Run.of(with.toArray(String[]::new));
      boolean accepted = run.exit() == 0;
      assertThat(listed.matches("(?s).*\\b" + format + "\\b.*"))
          .as(
              "%s --format %s: %s, and its help %s",
              command,
              format,
              accepted ? "accepted" : "refused",
              listed.isEmpty() ? "has no --format" : listed)
          .isEqualTo(accepted);
      if (!accepted) {
        assertThat(run.exit()).as("%s --format %s", command, format).isEqualTo(2);
      }
    }
  }

  @Test
  void theTopHelpListsEveryCommandOnOneLineEach() {
    Run run = Run.of("--help");
    assertThat(run.exit()).isZero();
    for (String command : COMMANDS) {
      assertThat(run.out()).containsPattern("(?m)^  " + command + " +[A-Z][^\\n]*\\.$");
    }
    assertThat(Run.of().exit()).as("no command").isEqualTo(2);
  }

  @Test
  void theSeedExampleChecksClean() {
    Run run = Run.of("check", SEED);
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "ok: " + SEED + ": 33 nodes, 34 links, 3 groups, 10 opportunities, 1 affiliation\n");
  }

  /**
   * The designer's map: eight clients, one of them twice (Bloom Coffee's second deal), and one lost
   * deal make 8 + 1 + 1 = 10 opportunities, as the analyses count them; Sam, Priya and Lena belong
   * to organisations: 3 affiliations.
   */
  @Test
  void checkCountsEachDealAndTheAffiliations() throws Exception {
    String designer = "../examples/freelance-designer.netmap";
    Run run = Run.of("check", designer);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "ok: "
                + designer
                + ": 21 nodes, 15 links, 2 groups, 10 opportunities, 3 affiliations\n");
    JsonNode json = Run.json("check", designer, "--format", "json");
    assertThat(json.get("opportunities").asInt()).isEqualTo(10);
    assertThat(json.get("affiliations").asInt()).isEqualTo(3);
  }

  @Test
  void fiveMistakesGiveFiveMessagesAndExitOne(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("bad.netmap");
    Files.writeString(
        map,
        "persn Emily\nperson Roger\nperson Roger\nclient C won 2014-13\nprospect \"P2 value 60k\nEmily -> Emily\n");
    Run run = Run.of("check", map.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.startsWith(map + ":")).toList())
        .containsExactly(
            map + ":1:1: error: unknown kind 'persn'",
            map + ":3:8: error: 'Roger' is already declared on line 2",
            map + ":4:14: error: bad date '2014-13': month 13 is not between 1 and 12",
            map + ":5:10: error: unterminated quote",
            map + ":6:10: error: 'Emily' links to itself");
    assertThat(run.err()).endsWith("5 errors: fix the errors and run again.\n");
  }

  @Test
  void checkSpeaksJson(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("cycle.netmap");
    Files.writeString(map, "A -> B -> C\nC -> A\n");
    Run run = Run.of("check", map.toString(), "--format", "json");
    assertThat(run.exit()).isEqualTo(1);
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(doc.get("ok").asBoolean()).isFalse();
    assertThat(doc.get("problems").get(0).get("message").asText())
        .isEqualTo("cycle: A -> B -> C -> A");
    assertThat(doc.get("problems").get(0).get("line").asInt()).isEqualTo(2);
  }

  @Test
  void strictFailsOnWarnings(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("w.netmap");
    Files.writeString(map, "person A\nA -> B\n");
    assertThat(Run.of("check", map.toString()).exit()).isZero();
    assertThat(Run.of("check", "--strict", map.toString()).exit()).isEqualTo(1);
  }

  @Test
  void fmtRewritesChecksAndLeavesBrokenFilesAlone(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("m.netmap");
    Files.writeString(
        map, "# people\nperson   Emily   since 2011\nperson \"Roger\"\n\nEmily->Roger   :  met\n");
    assertThat(Run.of("fmt", "--check", map.toString()).out()).isEqualTo(map + "\n");
    assertThat(Run.of("fmt", "--check", map.toString()).exit()).isEqualTo(1);
    assertThat(Run.of("fmt", map.toString()).exit()).isZero();
    assertThat(Files.readString(map))
        .isEqualTo("# people\nperson Emily  since 2011\nperson Roger\n\nEmily -> Roger : met\n");
    assertThat(Run.of("fmt", "--check", map.toString()).exit()).isZero();
    assertThat(Run.of("fmt", "--check", SEED).exit()).as("the example is formatted").isZero();

    Path broken = dir.resolve("broken.netmap");
    Files.writeString(broken, "persn   X\n");
    assertThat(Run.of("fmt", broken.toString()).exit()).isEqualTo(1);
    assertThat(Files.readString(broken)).isEqualTo("persn   X\n");
  }

  @Test
  void convertGoesThroughEveryFormAndBack(@TempDir Path dir) throws Exception {
    Run toCsv = Run.of("convert", SEED, "-o", dir.resolve("sheets").toString());
    assertThat(toCsv.exit()).isZero();
    assertThat(dir.resolve("sheets/elements.csv")).exists();
    Path json = dir.resolve("map.json");
    assertThat(
            Run.of(
                    "convert",
                    dir.resolve("sheets/elements.csv").toString(),
                    dir.resolve("sheets/connections.csv").toString(),
                    "-o",
                    json.toString())
                .exit())
        .isZero();
    Path back = dir.resolve("back.netmap");
    assertThat(Run.of("convert", json.toString(), "-o", back.toString()).exit()).isZero();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var seed = mapper.readTree(Run.of("summary", SEED, "--format", "json").out());
    var roundTrip = mapper.readTree(Run.of("summary", back.toString(), "--format", "json").out());
    assertThat(roundTrip.get("channels")).isEqualTo(seed.get("channels"));
    assertThat(roundTrip.get("totalValue")).isEqualTo(seed.get("totalValue"));
    // A spreadsheet orders groups by the first row tagged with each.
    assertThat(sortedByName(roundTrip.get("groups"))).isEqualTo(sortedByName(seed.get("groups")));
  }

  private static java.util.List<String> sortedByName(
      com.fasterxml.jackson.databind.JsonNode groups) {
    java.util.List<String> out = new java.util.ArrayList<>();
    groups.forEach(g -> out.add(g.toString()));
    out.sort(null);
    return out;
  }

  @Test
  void convertWritesEveryExportAndRefusesToReadOne(@TempDir Path dir) throws Exception {
    for (String ext : java.util.List.of("dot", "mmd", "graphml", "gexf", "cyjs")) {
      Path out = dir.resolve("seed." + ext);
      assertThat(Run.of("convert", SEED, "-o", out.toString()).exit()).isZero();
      assertThat(Files.size(out)).isGreaterThan(100);
    }
    Run back = Run.of("check", dir.resolve("seed.dot").toString());
    assertThat(back.exit()).isEqualTo(2);
    assertThat(back.err()).contains("networth writes .dot for other tools but does not read it");
    assertThat(Run.of("convert", SEED, "-o", dir.resolve("x.svg").toString()).err())
        .contains(".gexf (Gephi)");
  }

  @Test
  void renderDrawsTheSeedExampleAsSvgOrExportsIt(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("map.svg");
    Run run = Run.of("render", SEED, "-o", svg.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String text = Files.readString(svg);
    assertThat(text)
        .startsWith("<svg")
        .contains(">The power of the network</text>")
        .contains("LinkedIn (channel) led to 83% of the value: 7 of 10 opportunities, £193,500.");
    assertThat(text.split("<g class=\"node ", -1)).hasSize(33 + 1);
    assertThat(text).contains("class=\"node k-person keystone\" data-id=\"Emily\"");
    assertThat(Run.of("render", SEED, "-o", dir.resolve("map.gexf").toString()).exit()).isZero();
    Path png = dir.resolve("map.png");
    assertThat(Run.of("render", SEED, "-o", png.toString(), "--scale", "2").exit()).isZero();
    assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(2000);
    assertThat(Run.of("render", SEED, "-o", png.toString(), "--scale", "0").exit()).isEqualTo(2);
    Path focus = dir.resolve("client1.svg");
    assertThat(Run.of("render", SEED, "--focus", "Client 1", "-o", focus.toString()).exit())
        .isZero();
    // Client 1's story: LinkedIn, the Imagination job, the Google Apps project, Channel 4 News,
    // Twitter, Emily, Roger, Andy, Cielo and Client 1 itself.
    assertThat(Files.readString(focus).split("<g class=\"node ", -1)).hasSize(10 + 1);
    assertThat(Run.of("render", SEED, "--depth", "2", "-o", focus.toString()).err())
        .contains("--depth goes with --focus");
    assertThat(dir.resolve("map.gexf")).exists();
  }

  @Test
  void commandLineMistakesExitTwoAndMissingFilesThree(@TempDir Path dir) {
    Run unknownFormat = Run.of("check", dir.resolve("map.txt").toString());
    assertThat(unknownFormat.exit()).isEqualTo(2);
    assertThat(unknownFormat.err()).contains("cannot tell the format of").contains(".netmap");
    Run missing = Run.of("check", dir.resolve("nothing.netmap").toString());
    assertThat(missing.exit()).isEqualTo(3);
    assertThat(missing.err())
        .isEqualTo("networth: no such file: " + dir.resolve("nothing.netmap") + "\n");
    assertThat(Run.of("summary", SEED, "--format", "yaml").exit()).isEqualTo(2);
    assertThat(Run.of("convert", SEED).err()).contains("Missing required option: '--output=OUT'");
  }

  @Test
  void rewritingAFileKeepsItsPermissionsAndNewFilesAreReadable(@TempDir Path dir) throws Exception {
    Path map = dir.resolve("m.netmap");
    Files.writeString(map, "person   A\n");
    Files.setPosixFilePermissions(
        map, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(Run.of("fmt", map.toString()).exit()).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(map)))
        .isEqualTo("rw-rw-r--");
    Path json = dir.resolve("new.json");
    assertThat(Run.of("convert", map.toString(), "-o", json.toString()).exit()).isZero();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(json)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aFailedWriteLeavesTheOldFileWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");
    Files.writeString(out, "old");
    Path bad = dir.resolve("bad.netmap");
    Files.writeString(bad, "person A\nperson A\n");
    assertThat(Run.of("convert", bad.toString(), "-o", out.toString()).exit()).isEqualTo(1);
    assertThat(Files.readString(out)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("out.json", "bad.netmap");
    }
  }

  @Test
  void checkListsItsProblemsAsATableForSpreadsheets(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path map = dir.resolve("bad.netmap");
    java.nio.file.Files.writeString(map, "person A\nA -> B\nB -> A\nclient C value 5q\n");
    Run csv = Run.of("check", map.toString(), "--format", "csv");
    assertThat(csv.exit()).isEqualTo(1);
    assertThat(csv.out().lines())
        .containsExactly(
            "FILE,LINE,COLUMN,SEVERITY,MESSAGE,HINT",
            map
                + ",4,16,error,bad amount: '5q' is not an amount,\"write an amount such as 50000, 50k, 1.5m, £50k, €1,200 or 50k GBP\"",
            map
                + ",3,3,error,cycle: A -> B -> A,routes must not come back to where they started: remove one of these links (this one closes it)",
            map
                + ",2,6,warning,'B' is used but not declared,"
                + "\"declare it with its kind, e.g. person B (it counts as a node of unknown kind)\"");
    Run md = Run.of("check", SEED, "--format", "md");
    assertThat(md.exit()).isZero();
    assertThat(md.out()).startsWith("| FILE | LINE | COLUMN | SEVERITY | MESSAGE | HINT |");
  }
}
