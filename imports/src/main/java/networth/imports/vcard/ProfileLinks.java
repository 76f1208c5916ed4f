package networth.imports.vcard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a card's web addresses into the profile that identifies the person and the rest.
 *
 * <p>Only a LinkedIn profile ({@code linkedin.com/in/…}) or an X/Twitter profile ({@code
 * x.com/name}, {@code twitter.com/name}) names one person for certain, so only these become the
 * {@code url} the merge matches on, LinkedIn first (it is what a LinkedIn export identifies people
 * by). A home page or a company site could be shared by many, so it is kept as {@code website} and
 * never used to match.
 *
 * @param profile the address that identifies the person, if any
 * @param handle the X handle ({@code @name}) from an X profile address, if any
 * @param websites every other address, in the order given
 */
record ProfileLinks(Optional<String> profile, Optional<String> handle, List<String> websites) {

  private static final Pattern X_PROFILE =
      Pattern.compile("^/(?:#!/)?@?([A-Za-z0-9_]{1,15})/?$", Pattern.CASE_INSENSITIVE);

  /** Paths of x.com that are pages of the site, not accounts. */
  private static final Set<String> X_PAGES =
      Set.of("home", "intent", "share", "search", "explore", "i", "hashtag", "settings", "login");

  ProfileLinks {
    websites = List.copyOf(websites);
  }

  /** Sorts the addresses, as written on the card. */
  static ProfileLinks of(List<String> addresses) {
    String linkedin = null;
    String x = null;
    String handle = null;
    List<String> others = new ArrayList<>();
    for (String raw : addresses) {
      String a = raw.strip();
      if (a.isEmpty()) {
        continue;
      }
      Optional<URI> uri = parse(a);
      String host = uri.map(URI::getHost).map(ProfileLinks::bareHost).orElse("");
      String path = uri.map(URI::getPath).orElse("");
      if (linkedin == null && host.endsWith("linkedin.com") && path.startsWith("/in/")) {
        linkedin = a;
        continue;
      }
      if (x == null && (host.equals("x.com") || host.equals("twitter.com"))) {
        Matcher m = X_PROFILE.matcher(path);
        if (m.matches() && !X_PAGES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
          x = a;
          handle = "@" + m.group(1);
          continue;
        }
      }
      others.add(a);
    }
    Optional<String> profile = Optional.ofNullable(linkedin != null ? linkedin : x);
    if (linkedin != null && x != null) {
      others.add(0, x);
    }
    return new ProfileLinks(profile, Optional.ofNullable(handle), others);
  }

  /**
   * The address as a URI; one written without a scheme ({@code linkedin.com/in/jane}) is read as
   * https.
   */
  private static Optional<URI> parse(String a) {
    String withScheme = a.contains("://") ? a : "https://" + a;
    try {
      return Optional.of(new URI(withScheme));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String bareHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h.startsWith("mobile.") ? h.substring(7) : h;
  }

  /** The web domain of an address ({@code cielo.com} for {@code https://www.cielo.com/about}). */
  static Optional<String> domain(String address) {
    return parse(address.strip())
        .map(URI::getHost)
        .filter(h -> h.contains("."))
        .map(ProfileLinks::bareHost);
  }
}
