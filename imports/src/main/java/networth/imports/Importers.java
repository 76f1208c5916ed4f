package networth.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The importers on the class path, found through {@link ServiceLoader}. */
public final class Importers {

  private final List<Importer> all;

  private Importers(List<Importer> all) {
    this.all = List.copyOf(all);
  }

  /** Every importer registered on the class path, by name. */
  public static Importers installed() {
    List<Importer> found = new ArrayList<>();
    ServiceLoader.load(Importer.class, Importers.class.getClassLoader()).forEach(found::add);
    found.sort(Comparator.comparing(Importer::name));
    return new Importers(found);
  }

  public List<Importer> all() {
    return all;
  }

  /** The importer a word names (its name or an alias, any case). */
  public Optional<Importer> named(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    return all.stream().filter(i -> i.name().equals(w) || i.aliases().contains(w)).findFirst();
  }

  /**
   * What to say of a word that names no importer: the nearest names, and every one. The command
   * line and the web app say the same.
   */
  public String unknown(String word) {
    List<String> names = all.stream().map(Importer::name).toList();
    String near = networth.text.NearestNames.didYouMean(word, names);
    return "no source called '"
        + word
        + "'"
        + (near.isEmpty() ? "" : ": " + near)
        + " The sources: "
        + (names.isEmpty() ? "none installed" : names())
        + ".";
  }

  /** "gephi, gexf, graphml, kumu, linkedin, vcard, x": the names, for messages. */
  public String names() {
    return String.join(", ", all.stream().map(Importer::name).toList());
  }
}
