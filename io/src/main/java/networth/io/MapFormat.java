package networth.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The forms a map can be read from and written to, told apart by the file's extension. */
public enum MapFormat {
  /** The plain-text map file, {@code .netmap}. */
  NETMAP(".netmap"),
  /** The JSON form, {@code .json}. */
  JSON(".json"),
  /** The spreadsheet pair, elements and connections {@code .csv}, or a folder holding them. */
  CSV(".csv"),
  /** Graphviz DOT (written only). */
  DOT(".dot", false),
  /** A Mermaid flowchart (written only). */
  MERMAID(".mmd", false),
  /** GraphML, for yEd and most graph tools (written only). */
  GRAPHML(".graphml", false),
  /** GEXF 1.3, for Gephi (written only). */
  GEXF(".gexf", false),
  /** Cytoscape.js JSON (written only). */
  CYJS(".cyjs", false);

  private final String extension;
  private final boolean readable;

  MapFormat(String extension) {
    this(extension, true);
  }

  MapFormat(String extension, boolean readable) {
    this.extension = extension;
    this.readable = readable;
  }

  /** Whether networth reads maps in this format (the others it only writes, for other tools). */
  public boolean isReadable() {
    return readable;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format of a path: by extension; a name with no extension is a CSV pair (a folder to be). A
   * folder is a CSV pair when its name has no map extension or it holds {@code elements.csv}: a
   * folder named {@code d.json} is no map unless it holds the pair.
   */
  public static Optional<MapFormat> of(Path path) {
    Optional<MapFormat> named = byName(path);
    if (Files.isDirectory(path)) {
      return named.isEmpty() || Files.exists(path.resolve("elements.csv"))
          ? Optional.of(CSV)
          : named;
    }
    if (path.toString().endsWith("/")) {
      return Optional.of(CSV);
    }
    if (named.isPresent()) {
      return named;
    }
    String name = fileName(path);
    // A name without an extension is a folder to be: the CSV pair goes in it.
    return name.contains(".") ? Optional.empty() : Optional.of(CSV);
  }

  /** The format the path's name ends in, if it ends in one of theirs. */
  public static Optional<MapFormat> byName(Path path) {
    String name = fileName(path);
    for (MapFormat f : values()) {
      if (name.endsWith(f.extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static String fileName(Path path) {
    return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  /** For messages: what the user can give. */
  public static String choices() {
    return ".netmap, .json, or .csv (an elements and a connections sheet, or a folder holding elements.csv and connections.csv)";
  }

  /** For messages: what networth writes for other tools. */
  public static String exports() {
    return ".dot (Graphviz), .mmd (Mermaid), .graphml (yEd), .gexf (Gephi), .cyjs (Cytoscape.js)";
  }
}
