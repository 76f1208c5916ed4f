package networth.journeys.markov;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import networth.journeys.PathTable;

/**
 * ChannelAttribution's example {@code PathData} (10,000 paths, 12 channels), read from the shared
 * data folder beside the repository and never copied into it. Parsed here by splitting lines, apart
 * from the project's readers, so that the models' tests do not lean on them.
 */
public final class PathData {
  /** One row of the file. */
  public record Row(List<String> path, double conversions, double value, double nulls) {}

  private PathData() {}

  public static Path file() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      return fail("no folder holding mvnw above " + System.getProperty("user.dir"));
    }
    Path file =
        dir.resolve("../shared/data/channelattribution-pathdata.csv").toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      return fail("the reference data is not at " + file);
    }
    return file;
  }

  public static List<Row> rows() {
    try {
      List<String> lines = Files.readAllLines(file());
      List<Row> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",");
        List<String> path = new ArrayList<>();
        for (String token : cells[0].split(">")) {
          if (!token.isBlank()) {
            path.add(token.trim());
          }
        }
        rows.add(
            new Row(
                path,
                Double.parseDouble(cells[1]),
                Double.parseDouble(cells[2]),
                Double.parseDouble(cells[3])));
      }
      return rows;
    } catch (IOException e) {
      return fail("cannot read " + file(), e);
    }
  }

  public static PathTable table() {
    PathTable.Builder b = PathTable.builder();
    for (Row r : rows()) {
      b.add(r.path(), r.conversions(), r.value(), r.nulls());
    }
    return b.build();
  }
}
