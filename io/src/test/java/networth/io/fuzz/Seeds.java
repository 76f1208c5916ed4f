package networth.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.io.csv.CsvMapWriter;
import networth.io.json.JsonMapWriter;
import networth.model.NetworkMap;

/**
 * The valid inputs mutations start from: every map under {@code examples/}, as its map file, as
 * JSON and as the CSV pair, each as a user's files would hold them.
 */
final class Seeds {

  private Seeds() {}

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
  private static final List<FuzzInput> ALL = load();

  static List<FuzzInput> all() {
    return ALL;
  }

  /** The input of a map in one form, as its writers make it. */
  static FuzzInput of(NetworkMap map, FuzzInput.Form form, String origin) {
    return switch (form) {
      case NETMAP ->
          FuzzInput.one(form, origin, networth.io.netmap.NetmapWriter.write(map).getBytes(UTF8));
      case JSON -> FuzzInput.one(form, origin, JsonMapWriter.write(map).getBytes(UTF8));
      case CSV -> {
        CsvMapWriter.Sheets sheets = CsvMapWriter.write(map);
        yield FuzzInput.pair(
            origin, sheets.elements().getBytes(UTF8), sheets.connections().getBytes(UTF8));
      }
    };
  }

  private static List<FuzzInput> load() {
    Path examples = Path.of("..", "examples");
    List<FuzzInput> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(examples)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".netmap")).sorted().toList()) {
        String name = file.getFileName().toString();
        seeds.add(FuzzInput.one(FuzzInput.Form.NETMAP, name, Files.readAllBytes(file)));
        ReadResult read = MapFiles.read(List.of(file));
        if (read.hasErrors()) {
          throw new IllegalStateException(name + " does not read: " + read.errors());
        }
        seeds.add(of(read.map(), FuzzInput.Form.JSON, name));
        seeds.add(of(read.map(), FuzzInput.Form.CSV, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no maps under " + examples.toAbsolutePath());
    }
    return List.copyOf(seeds);
  }
}
