package networth.journeys;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ChannelAttribution's own example {@code PathData} (10,000 paths, 12 channels), kept beside the
 * repository, never in it: {@code ../shared/data/} from the folder that holds {@code mvnw}.
 */
public final class ReferenceData {
  private ReferenceData() {}

  public static Path pathData() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new AssertionError("no folder holding mvnw above " + System.getProperty("user.dir"));
    }
    Path data = dir.resolve("../shared/data/channelattribution-pathdata.csv").normalize();
    if (!Files.isRegularFile(data)) {
      throw new AssertionError(
          "the reference data is not at " + data + ": put channelattribution-pathdata.csv there");
    }
    return data;
  }
}
