package networth.imports;

import java.util.List;
import networth.diagnostics.Problem;

/**
 * A file an importer cannot read as the format it claims: a wrong header, a bad date, broken XML, a
 * truncated zip. Each problem names the file, the row or line, and the field. Nothing of such a
 * file is merged.
 */
public final class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public ImportException(List<Problem> problems) {
    super(problems.isEmpty() ? "import failed" : problems.get(0).render());
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an import fails for at least one reason");
    }
    this.problems = List.copyOf(problems);
  }

  public ImportException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem found, in the order of the files. */
  public List<Problem> problems() {
    return problems;
  }
}
