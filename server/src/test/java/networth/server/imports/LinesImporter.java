package networth.server.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Origin;
import networth.io.Progress;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The smallest source, so that the upload route can be tested on rules it states itself: a {@code
 * .lines} file, one person a line ({@code Sam}), or a link between two ({@code Sam -> Client 1}); a
 * line starting {@code !} is left out; {@code ??} anywhere is a mistake at its column.
 */
public final class LinesImporter implements Importer {

  @Override
  public String name() {
    return "lines";
  }

  @Override
  public String description() {
    return "one person, or one link 'A -> B', a line (for the server's tests)";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    Found.Builder found = Found.builder(name());
    for (ImportFile f : files) {
      if (!f.fileName().endsWith(".lines")) {
        throw new ImportException(
            Problem.error(
                SourcePosition.of(f.name()), "not a .lines file", "send a file named *.lines"));
      }
      String[] lines;
      try (var in = f.open()) {
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      }
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        Origin at = new Origin(f.name(), i + 1);
        int mistake = lines[i].indexOf("??");
        if (mistake >= 0) {
          throw new ImportException(
              Problem.error(
                  new SourcePosition(f.name(), i + 1, mistake + 1),
                  "'??' is no name",
                  "write the person's name"));
        }
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("!")) {
          found.skip(at, "a line marked to be left out");
        } else if (line.contains("->")) {
          String[] ends = line.split("->", 2);
          found.link(Link.of(ends[0].strip(), ends[1].strip()), at);
        } else {
          found.node(Node.of(line, NodeKind.PERSON), at);
        }
      }
      progress.read(f.name(), lines.length, true);
    }
    return found.build();
  }
}
