package networth.io.fuzz;

/**
 * What went wrong with one input, or nothing.
 *
 * @param kind which property it breaks
 * @param detail what happened, for the report
 * @param cause the exception, when one escaped
 */
record Verdict(Kind kind, String detail, Throwable cause) {

  enum Kind {
    /** Read, written and read back as it should. */
    FINE,
    /** An exception escaped the reader that is not a documented checked one. */
    UNCAUGHT,
    /** A documented exception, or a problem, whose message shows Java internals. */
    INTERNALS,
    /** A problem with no line: the person cannot tell where to look. */
    NO_PLACE,
    /** A map accepted without errors that a writer or an export cannot write. */
    WRITE_FAILED,
    /** An export written that is not well formed (XML, JSON) or that Graphviz refuses. */
    EXPORT_BROKEN,
    /** A map accepted without errors that does not read back the same from a form. */
    ROUND_TRIP
  }

  static final Verdict FINE = new Verdict(Kind.FINE, "", null);

  static Verdict of(Kind kind, String detail) {
    return new Verdict(kind, detail, null);
  }

  static Verdict thrown(Kind kind, String during, Throwable e) {
    return new Verdict(kind, during + ": " + e, e);
  }

  boolean isFine() {
    return kind == Kind.FINE;
  }
}
