package networth.diagnostics;

/** How much a problem matters: an error stops the map from being used, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String word() {
    return this == ERROR ? "error" : "warning";
  }
}
