package networth.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.diagnostics.SourcePosition;

/**
 * Where the parts of a map were read from, so that problems found after reading (a cycle, a link to
 * itself) can point at the line that made them. Link positions are kept in int arrays: a map of
 * millions of links costs a few bytes a link here, not an object.
 */
public final class Locations {

  // Each declaration in the order read: the id, where it was. Looked up by id only for a message,
  // so the index by id is made on the first look-up: a map of a million nodes costs twelve bytes a
  // node here instead of a hash map's entry and a position object (seventy megabytes, and a tenth
  // of the time its reading took).
  private String[] declaredIds = new String[16];
  private String[] declaredSources = new String[16];
  private int[] declaredLines = new int[16];
  private int[] declaredColumns = new int[16];
  private int declaredCount;
  private Map<String, Integer> declarationIndex;
  private final Map<String, SourcePosition> references = new HashMap<>();
  private final Map<String, List<String>> texts = new HashMap<>();
  private final java.util.Set<String> broken = new java.util.HashSet<>();
  // Each link's source, kept as runs (a map's links come from one file, or two for the sheets):
  // the source of links runStarts[r] onwards, until the next run.
  private String[] runSources = new String[4];
  private int[] runStarts = new int[4];
  private int runs;
  private int[] linkLines = new int[16];
  // Links are mostly written at one column (a sheet's From cell, a line's start, a JSON list's
  // indent after its first element): kept as runs of links at one column, and in an array of
  // every link's only once runs are many (millions of ints saved). That array holds a byte a link
  // (a .netmap's arrows stand where the names before them end, nearly always before column 256;
  // an int a link was 22 MB on the million-node map): columns 1 to 255, or 0 for one further
  // right, kept among the wide ones.
  private int[] runFirsts = new int[4];
  private int[] runColumns = new int[4];
  private int columnRuns;
  private byte[] linkColumns;
  private final Map<Integer, Integer> wideColumns = new HashMap<>();
  private int linkCount;
  private final List<SourcePosition> affiliations = new java.util.ArrayList<>();

  /** Records where a node was declared (the first time). */
  public void declared(String id, SourcePosition at) {
    declared(id, at.source(), at.line(), at.column());
  }

  /** The same without a position object (a reader of a large file declares a million nodes). */
  public synchronized void declared(String id, String source, int line, int column) {
    if (declaredCount == declaredIds.length) {
      expectDeclarations(declaredCount * 2);
    }
    declaredIds[declaredCount] = id;
    declaredSources[declaredCount] = source;
    declaredLines[declaredCount] = line;
    declaredColumns[declaredCount] = column;
    if (declarationIndex != null) {
      declarationIndex.putIfAbsent(id, declaredCount);
    }
    declaredCount++;
  }

  /** Makes room for the places of {@code n} declarations in all. */
  public void expectDeclarations(int n) {
    if (n > declaredIds.length) {
      declaredIds = Arrays.copyOf(declaredIds, n);
      declaredSources = Arrays.copyOf(declaredSources, n);
      declaredLines = Arrays.copyOf(declaredLines, n);
      declaredColumns = Arrays.copyOf(declaredColumns, n);
    }
  }

  /** Records where a node was first referred to. */
  public void referred(String id, SourcePosition at) {
    references.putIfAbsent(id, at);
  }

  /** Makes room for the places of {@code n} links in all (see {@code NetworkMap.Builder}). */
  public void expectLinks(int n) {
    if (n > linkLines.length) {
      linkLines = Arrays.copyOf(linkLines, n);
      linkColumns = linkColumns == null ? null : Arrays.copyOf(linkColumns, n);
    }
  }

  /** Records where the next link (in map order) was written. */
  public void link(SourcePosition at) {
    link(at.source(), at.line(), at.column());
  }

  /** Records where the next link (in map order) was written, without a position object. */
  public void link(String source, int line, int column) {
    if (linkCount == linkLines.length) {
      expectLinks(linkCount * 2);
    }
    if (runs == 0 || !runSources[runs - 1].equals(source)) {
      if (runs == runSources.length) {
        runSources = Arrays.copyOf(runSources, runs * 2);
        runStarts = Arrays.copyOf(runStarts, runs * 2);
      }
      runSources[runs] = source;
      runStarts[runs++] = linkCount;
    }
    linkLines[linkCount] = line;
    if (linkColumns != null) {
      keepColumn(linkCount, column);
    } else if (columnRuns == 0 || runColumns[columnRuns - 1] != column) {
      if (columnRuns >= 64 && columnRuns > linkCount / 8) {
        linkColumns = new byte[linkLines.length];
        for (int i = 0; i < linkCount; i++) {
          keepColumn(i, runColumn(i));
        }
        keepColumn(linkCount, column);
      } else {
        if (columnRuns == runFirsts.length) {
          runFirsts = Arrays.copyOf(runFirsts, 2 * columnRuns);
          runColumns = Arrays.copyOf(runColumns, 2 * columnRuns);
        }
        runFirsts[columnRuns] = linkCount;
        runColumns[columnRuns++] = column;
      }
    }
    linkCount++;
  }

  /** Keeps the column of link {@code index} in the array of every link's. */
  private void keepColumn(int index, int column) {
    if (column >= 1 && column <= 255) {
      linkColumns[index] = (byte) column;
    } else {
      linkColumns[index] = 0;
      wideColumns.put(index, column);
    }
  }

  /** The column of link {@code index}, from the array of every link's. */
  private int keptColumn(int index) {
    int c = linkColumns[index] & 0xFF;
    return c != 0 ? c : wideColumns.get(index);
  }

  /** Records where the next affiliation (in map order) was written. */
  public void affiliation(SourcePosition at) {
    affiliations.add(at);
  }

  /** Where affiliation {@code index} was written, if known. */
  public Optional<SourcePosition> affiliation(int index) {
    return index < affiliations.size() ? Optional.of(affiliations.get(index)) : Optional.empty();
  }

  /**
   * Records that a declaration of this id had an error: its mistake was reported there, so the
   * checks say nothing more about the id (such as that it is used but not declared).
   */
  public void broken(String id) {
    broken.add(id);
  }

  /** Whether a declaration of this id had an error. */
  public boolean isBroken(String id) {
    return broken.contains(id);
  }

  /** Keeps a source's lines so that messages can show them. */
  public void text(String source, List<String> lines) {
    texts.put(source, lines instanceof SourceLines kept ? kept : List.copyOf(lines));
  }

  public synchronized Optional<SourcePosition> declaration(String id) {
    if (declarationIndex == null) {
      declarationIndex = new HashMap<>();
      for (int i = 0; i < declaredCount; i++) {
        declarationIndex.putIfAbsent(declaredIds[i], i);
      }
    }
    Integer i = declarationIndex.get(id);
    return i == null
        ? Optional.empty()
        : Optional.of(new SourcePosition(declaredSources[i], declaredLines[i], declaredColumns[i]));
  }

  public Optional<SourcePosition> reference(String id) {
    return Optional.ofNullable(references.get(id));
  }

  /** Where a node is best pointed at: its declaration, else its first use. */
  public Optional<SourcePosition> of(String id) {
    return declaration(id).or(() -> reference(id));
  }

  public Optional<SourcePosition> link(int index) {
    if (index < 0 || index >= linkCount) {
      return Optional.empty();
    }
    return Optional.of(
        new SourcePosition(
            linkSource(index),
            linkLines[index],
            linkColumns == null ? runColumn(index) : keptColumn(index)));
  }

  /** The column of link {@code index}, from the runs. */
  private int runColumn(int index) {
    int r = Arrays.binarySearch(runFirsts, 0, columnRuns, index);
    return runColumns[r >= 0 ? r : -r - 2];
  }

  private String linkSource(int index) {
    int r = Arrays.binarySearch(runStarts, 0, runs, index);
    return runSources[r >= 0 ? r : -r - 2];
  }

  /**
   * The first place in a kept source where a text stands, for what has no place of its own (a map's
   * title); empty when it is not found or the source's text was not kept.
   */
  public Optional<SourcePosition> find(String source, String text) {
    List<String> lines = texts.getOrDefault(source, List.of());
    for (int i = 0; i < lines.size(); i++) {
      int column = lines.get(i).indexOf(text);
      if (column >= 0) {
        return Optional.of(new SourcePosition(source, i + 1, column + 1));
      }
    }
    return Optional.empty();
  }

  /** The text of the line at a position, or empty when the source's text was not kept. */
  public String line(SourcePosition at) {
    List<String> lines = texts.get(at.source());
    if (lines == null || at.line() < 1 || at.line() > lines.size()) {
      return "";
    }
    return lines.get(at.line() - 1);
  }
}
