package networth.io;

import java.util.List;
import java.util.Map;

/**
 * How a map file was laid out: its statements in order, with the comments and blank lines before
 * each. The writer follows it so that formatting a file keeps the author's order and comments. Maps
 * read from other formats have {@link #NONE}, and the writer chooses the order.
 *
 * @param statements the statements, in file order
 * @param trailer comments and blank lines after the last statement
 */
public record Layout(List<Statement> statements, List<String> trailer) {

  public static final Layout NONE = new Layout(List.of(), List.of());

  public Layout {
    statements = statements instanceof LayoutStatements kept ? kept : List.copyOf(statements);
    trailer = List.copyOf(trailer);
  }

  public boolean isEmpty() {
    return statements.isEmpty() && trailer.isEmpty();
  }

  /**
   * One statement of a map file.
   *
   * <p>{@code before} holds the lines before it: comments as written ({@code # …}) and an empty
   * string for a blank line; {@code comment} is a comment at the end of its line, or empty.
   */
  public sealed interface Statement {
    List<String> before();

    String comment();
  }

  /**
   * {@code title …}, {@code currency …} or {@code rate …}; {@code written} is the value as the file
   * wrote it ({@code €80} for {@code rate €80}), empty when not kept.
   */
  public record Setting(String keyword, String written, List<String> before, String comment)
      implements Statement {

    public Setting(String keyword, List<String> before, String comment) {
      this(keyword, "", before, comment);
    }
  }

  /** {@code group NAME = …}. */
  public record GroupLine(String name, List<String> before, String comment) implements Statement {}

  /**
   * The declaration of one node or several of one kind ({@code person Lena, Priya}).
   *
   * <p>{@code written} holds how the file wrote its values, by field ({@code value} → {@code
   * €1,200}, {@code date} → {@code since}, {@code p} → {@code 30%}, {@code cost} → {@code
   * €120/yr}): syntax, not meaning, which the writer keeps where it still reads back to the map's
   * value.
   */
  public record NodeLine(
      List<String> ids, Map<String, String> written, List<String> before, String comment)
      implements Statement {

    public NodeLine {
      ids = List.copyOf(ids);
      written = Map.copyOf(written);
    }

    public NodeLine(String id, List<String> before, String comment) {
      this(List.of(id), Map.of(), before, comment);
    }

    /** The first node it declares. */
    public String id() {
      return ids.get(0);
    }
  }

  /**
   * An affiliation ({@code Sam works at Northwind}): the map's affiliation at {@code index}, and
   * its role as written ({@code worked at}), which the writer keeps where it names the same role.
   */
  public record AffiliationLine(int index, String written, List<String> before, String comment)
      implements Statement {}

  /**
   * A chain of links: {@code stops} are the names at each step (several where it fans out), and the
   * links it made are the map's links from {@code firstLink} on, as many as the stops multiply to.
   */
  public record ChainLine(
      List<List<String>> stops, int firstLink, List<String> before, String comment)
      implements Statement {

    /** How many links the chain stands for. */
    public int linkCount() {
      int count = 0;
      for (int i = 0; i + 1 < stops.size(); i++) {
        count += stops.get(i).size() * stops.get(i + 1).size();
      }
      return count;
    }
  }

  /**
   * {@code deal NAME …}: the {@code number}-th further deal (from 0) of the opportunity {@code id}
   * that the file gives; {@code written} holds how it wrote its values, as for {@link NodeLine}.
   */
  public record DealLine(
      String id, int number, Map<String, String> written, List<String> before, String comment)
      implements Statement {

    public DealLine {
      written = Map.copyOf(written);
    }
  }
}
