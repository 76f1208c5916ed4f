package networth.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ChannelAttribution's example data ({@code PathData}: 10,000 paths over 12 channels), kept beside
 * the repository in {@code ../shared/data/}, never copied into it; and a plain reading of it, with
 * none of the code under test, for the tests' own second computations.
 */
final class ReferenceData {
  static final String NAME = "channelattribution-pathdata.csv";

  private ReferenceData() {}

  /** The file: found from the folder holding mvnw, or a failure naming where it was looked for. */
  static Path path() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new AssertionError("no mvnw above " + System.getProperty("user.dir"));
    }
    Path file = dir.resolve("../shared/data/" + NAME).normalize();
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("the reference data is not at " + file);
    }
    return file;
  }

  /** One row of the file: its path split on '>' and trimmed, and its three counts. */
  record Row(List<String> path, double conversions, double value, double nulls) {}

  /** The rows, read with String.split: the file has no quotes and no commas inside a field. */
  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(path());
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      List<String> path = new ArrayList<>();
      for (String token : f[0].split(">")) {
        if (!token.trim().isEmpty()) {
          path.add(token.trim());
        }
      }
      rows.add(
          new Row(
              path, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
    }
    return rows;
  }
}
