package networth.journeys.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import networth.journeys.PathTable;
import networth.journeys.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathFormatReaderTest {

  @TempDir Path dir;

  static PathFormatReader.Result read(String csv, BadRows bad) throws Exception {
    return new PathFormatReader(PathColumns.defaults(), bad, Progress.NONE)
        .read("paths.csv", new StringReader(csv));
  }

  @Test
  void channelsAreTrimmedEmptyOnesSkippedAndIdenticalPathsMerged() throws Exception {
    String csv =
        "path,total_conversions,total_conversion_value,total_null\n"
            + "eta > iota >  > alpha,1,2.5,3\n"
            + "\"eta>iota>alpha\",2,1,0\n"
            + "iota,0,0,4\n";
    PathTable t = read(csv, BadRows.stop()).table();
    assertThat(t.channels()).containsExactly("eta", "iota", "alpha");
    assertThat(t.size()).isEqualTo(2);
    // Rows 1 and 2 are the same path: 1 + 2 conversions, 2.5 + 1 value, 3 + 0 nulls.
    assertThat(t.names(0)).containsExactly("eta", "iota", "alpha");
    assertThat(t.conversions(0)).isEqualTo(3);
    assertThat(t.value(0)).isEqualTo(3.5);
    assertThat(t.nulls(0)).isEqualTo(3);
    assertThat(t.totalNulls()).isEqualTo(7);
  }

  @Test
  void manyChannelsAndNamesOfEqualHashStayApart() throws Exception {
    // "Aa" and "BB" have the same String hash (65 * 31 + 97 = 66 * 31 + 66 = 2112).
    StringBuilder csv = new StringBuilder("path,total_conversions\nAa > BB > Aa,1\n");
    for (int i = 0; i < 300; i++) {
      csv.append("c").append(i).append(" > c").append(299 - i).append(",1\n");
    }
    csv.append("BB,1\n");
    PathTable t = read(csv.toString(), BadRows.stop()).table();
    assertThat(t.channels()).hasSize(302).startsWith("Aa", "BB", "c0", "c299");
    assertThat(t.names(0)).containsExactly("Aa", "BB", "Aa");
    assertThat(t.names(1)).containsExactly("c0", "c299");
    assertThat(t.names(300)).containsExactly("c299", "c0");
    assertThat(t.names(t.size() - 1)).containsExactly("BB");
  }

  @Test
  void valueAndNullsColumnsAreOptionalAndColumnsMayBeRenamedAndReordered() throws Exception {
    String csv = "conv;x,journey,spend\n2,\"a > b\",7\n";
    PathFormatReader reader =
        new PathFormatReader(
            new PathColumns("journey", "conv;x", Optional.of("spend"), Optional.empty()),
            BadRows.stop(),
            Progress.NONE);
    PathTable t = reader.read("p.csv", new StringReader(csv)).table();
    assertThat(t.names(0)).containsExactly("a", "b");
    assertThat(t.conversions(0)).isEqualTo(2);
    assertThat(t.value(0)).isEqualTo(7);
    assertThat(t.nulls(0)).isZero();

    PathTable bare = read("path,total_conversions\na>b,1\n", BadRows.stop()).table();
    assertThat(bare.totalValue()).isZero();
    assertThat(bare.totalNulls()).isZero();
  }

  @Test
  void aMissingColumnNamesTheHeaderAndTheOption() {
    assertThatThrownBy(() -> read("path,conversions\na,1\n", BadRows.stop()))
        .isInstanceOf(JourneyInputException.class)
        .hasMessage(
            "paths.csv:1: no column total_conversions in the header (it has path, conversions):"
                + " name the column to use with --conversions-column");
    // A column named explicitly must be there, even an optional one.
    assertThatThrownBy(
            () ->
                new PathFormatReader(
                        new PathColumns(
                            "path", "total_conversions", Optional.of("revenue"), Optional.empty()),
                        BadRows.stop(),
                        Progress.NONE)
                    .read("p.csv", new StringReader("path,total_conversions\na,1\n")))
        .hasMessageContaining("p.csv:1: no column revenue")
        .hasMessageContaining("--value-column");
  }

  @Test
  void eachKindOfBadRowIsReportedWithItsLineAndColumn() {
    String head = "path,total_conversions,total_conversion_value,total_null\n";
    assertThatThrownBy(() -> read(head + "a,1,0,0\nb,two,0,0\n", BadRows.stop()))
        .isInstanceOf(JourneyInputException.class)
        .hasMessage(
            "paths.csv:3: column total_conversions: \"two\" is not a number: write a number such"
                + " as 0, 1 or 2.5 (or --skip-bad-rows to leave such rows out and count them)");
    assertThatThrownBy(() -> read(head + "a,1,0,-2\n", BadRows.stop()))
        .hasMessageStartingWith("paths.csv:2: column total_null: \"-2\" is negative");
    assertThatThrownBy(() -> read(head + " > ,1,0,0\n", BadRows.stop()))
        .hasMessageStartingWith("paths.csv:2: column path: the path has no channel");
    assertThatThrownBy(() -> read(head + "a,1,0\n", BadRows.stop()))
        .hasMessageStartingWith("paths.csv:2: the row has 3 fields and the header 4");
    assertThatThrownBy(() -> read(head + "a,NaN,0,0\n", BadRows.stop()))
        .hasMessageStartingWith("paths.csv:2: column total_conversions: \"NaN\" is not a finite");
  }

  @Test
  void lineNumbersCountBlankLinesAndQuotedLineBreaks() {
    String csv = "path,total_conversions\n\n\"a\nb\",1\nc,x\n";
    // Line 1 header, 2 blank, 3-4 one quoted row, 5 the bad one.
    assertThatThrownBy(() -> read(csv, BadRows.stop())).hasMessageStartingWith("paths.csv:5:");
  }

  @Test
  void skippingBadRowsCountsThemAndKeepsTheFirstFew() throws Exception {
    StringBuilder csv = new StringBuilder("path,total_conversions\n");
    for (int i = 0; i < 8; i++) {
      csv.append("a,1\n").append("b,bad").append(i).append('\n');
    }
    BadRows bad = BadRows.skip();
    PathFormatReader.Result r = read(csv.toString(), bad);
    assertThat(r.rows()).isEqualTo(16);
    assertThat(r.table().totalConversions()).isEqualTo(8);
    // A bad row adds no channel: only a was read.
    assertThat(r.table().channels()).containsExactly("a");
    assertThat(bad.count()).isEqualTo(8);
    assertThat(bad.first()).hasSize(BadRows.SHOWN);
    assertThat(bad.first().get(0).line()).isEqualTo(3);
    assertThat(bad.summary())
        .startsWith("skipped 8 bad rows:\n  paths.csv:3: column total_conversions: \"bad0\"")
        .endsWith("  … and 3 more\n");
  }

  @Test
  void gzipIsRecognisedByItsBytesWhateverTheName() throws Exception {
    String csv = "path,total_conversions\nsearch > email,1\n";
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(csv.getBytes(StandardCharsets.UTF_8));
    }
    Path file = Files.write(dir.resolve("paths.csv"), packed.toByteArray());
    PathFormatReader reader =
        new PathFormatReader(PathColumns.defaults(), BadRows.stop(), Progress.NONE);
    PathTable fromFile = reader.read("paths.csv", Sources.open(file.toString(), null)).table();
    assertThat(fromFile.names(0)).containsExactly("search", "email");
    PathTable fromStdin =
        reader.read("-", Sources.open("-", new ByteArrayInputStream(packed.toByteArray()))).table();
    assertThat(fromStdin.names(0)).containsExactly("search", "email");
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithTheFileName() throws Exception {
    byte[] latin1 = "path,total_conversions\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
    PathFormatReader reader =
        new PathFormatReader(PathColumns.defaults(), BadRows.stop(), Progress.NONE);
    assertThatThrownBy(
            () -> reader.read("x.csv", Sources.open("-", new ByteArrayInputStream(latin1))))
        .isInstanceOf(JourneyInputException.class)
        .hasMessageStartingWith("x.csv: not UTF-8 text");
  }

  @Test
  void theReferenceDataReadsWhole() throws Exception {
    List<String> lines = Files.readAllLines(ReferenceData.pathData());
    long[] progress = new long[1];
    PathFormatReader.Result r =
        new PathFormatReader(PathColumns.defaults(), BadRows.stop(), rows -> progress[0] = rows)
            .read("pathdata", Sources.open(ReferenceData.pathData().toString(), null));
    assertThat(r.rows()).isEqualTo(lines.size() - 1).isEqualTo(10_000);
    assertThat(progress[0]).isEqualTo(10_000);
    assertThat(r.table().channels()).hasSize(12);
    // The totals summed from the raw lines (the file has no quoted field).
    double conversions = 0;
    double nulls = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      conversions += Double.parseDouble(f[1]);
      nulls += Double.parseDouble(f[3]);
    }
    assertThat(r.table().totalConversions()).isEqualTo(conversions).isEqualTo(19785);
    assertThat(r.table().totalNulls()).isEqualTo(nulls).isEqualTo(68602);
  }
}
