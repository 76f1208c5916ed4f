package networth.imports;

/**
 * The attribute keys an import writes on the nodes and links it brings in, and that the merge and
 * the suggestions read. Every importer writes the same fact under the same key, so that a person
 * met in a LinkedIn export and again in a vCard is recognised as one.
 */
public final class Facts {

  /** A person's profile address (LinkedIn, X), the surest sign of who they are. */
  public static final String URL = "url";

  /** A person's e-mail addresses, separated by {@code ", "} when several. */
  public static final String EMAIL = "email";

  /** An account's handle on X ({@code @name}). */
  public static final String HANDLE = "handle";

  /** An organisation's web domain ({@code cielo.com}), for matching e-mail addresses to it. */
  public static final String DOMAIN = "domain";

  /**
   * Where the item was first found, as {@link Origin#toString()} says it ("Connections.csv row
   * 12"). The merge writes it; importers leave it.
   */
  public static final String SOURCE = "source";

  private Facts() {}
}
