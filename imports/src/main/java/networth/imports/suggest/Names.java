package networth.imports.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import networth.imports.Facts;
import networth.model.NetworkMap;
import networth.model.Node;

/**
 * Names, addresses and domains as the suggestions compare them: without case, accents or extra
 * spacing, so that "José Núñez" and "jose nunez" are the same name.
 */
final class Names {

  /**
   * Mail services anyone can sign up to: an address there says nothing about where its owner works.
   * Compared with the domain's main label ({@code gmail} in {@code gmail.com}) and, for the short
   * ones that are also common words, with the whole domain.
   */
  static final Set<String> FREE_MAIL =
      Set.of(
          "gmail",
          "googlemail",
          "outlook",
          "hotmail",
          "live",
          "msn",
          "yahoo",
          "ymail",
          "icloud",
          "proton",
          "protonmail",
          "aol",
          "gmx",
          "zoho",
          "yandex",
          "fastmail",
          "tutanota",
          "hey",
          "mail",
          "web",
          "btinternet",
          "sky",
          "virginmedia",
          "orange",
          "free",
          "laposte",
          "qq");

  static final Set<String> FREE_MAIL_DOMAINS = Set.of("me.com", "mac.com", "pm.me", "tuta.io");

  /** Second-level labels under a country's domain: {@code co} in {@code cielo.co.uk}. */
  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "me");

  private final NetworkMap map;
  private final Map<String, Integer> labelCount = new HashMap<>();

  Names(NetworkMap map) {
    this.map = map;
    for (Node n : map.nodes()) {
      labelCount.merge(n.label(), 1, Integer::sum);
    }
  }

  /**
   * How a list shows a node: its label, or {@code id (label)} where another node has the same label
   * (the seed's two Andys are {@code AndyC (Andy)} and {@code AndyG (Andy)}).
   */
  String show(String id) {
    String label = map.label(id);
    if (!label.equals(id) && labelCount.getOrDefault(label, 0) > 1) {
      return id + " (" + label + ")";
    }
    return label;
  }

  /** Lower case, accents gone, runs of spaces one space, trimmed. */
  static String normal(String s) {
    String plain =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    return String.join(" ", plain.trim().split("\\s+"));
  }

  /** The words of a name or a note, normalised; punctuation separates words. */
  static List<String> words(String s) {
    String n = normal(s).replaceAll("[^\\p{L}\\p{N}'’-]+", " ").trim();
    return n.isEmpty() ? List.of() : Arrays.asList(n.split(" "));
  }

  /** An organisation's name as a domain might spell it: letters and digits only. */
  static String squeezed(String name) {
    return normal(name).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** A person's e-mail addresses, lower case; {@link Facts#EMAIL} joins several with ", ". */
  static List<String> emails(Node n) {
    String all = n.attributes().getOrDefault(Facts.EMAIL, "");
    List<String> out = new ArrayList<>();
    for (String e : all.split(",")) {
      String t = e.trim().toLowerCase(Locale.ROOT);
      if (t.indexOf('@') > 0 && t.indexOf('@') < t.length() - 1) {
        out.add(t);
      }
    }
    return out;
  }

  /** A profile address without its scheme, {@code www.}, query or final slash; empty if none. */
  static Optional<String> url(Node n) {
    String u = n.attributes().getOrDefault(Facts.URL, "").trim().toLowerCase(Locale.ROOT);
    u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "").replaceFirst("[?#].*$", "");
    u = u.replaceFirst("/+$", "");
    return u.isEmpty() ? Optional.empty() : Optional.of(u);
  }

  /** The domain of an address: {@code cielo.com} for {@code jane@cielo.com}. */
  static String domain(String email) {
    return email.substring(email.lastIndexOf('@') + 1);
  }

  /** An organisation's {@link Facts#DOMAIN}, lower case, without {@code www.}; empty if none. */
  static String domainOf(Node organisation) {
    String d = organisation.attributes().getOrDefault(Facts.DOMAIN, "").trim();
    return d.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
  }

  /**
   * The label that names the owner of a domain: {@code cielo} in {@code cielo.com}, {@code
   * mail.cielo.com} and {@code cielo.co.uk}.
   */
  static String mainLabel(String domain) {
    List<String> labels = new ArrayList<>(Arrays.asList(domain.split("\\.")));
    if (labels.size() < 2) {
      return domain;
    }
    String top = labels.remove(labels.size() - 1);
    if (labels.size() > 1
        && top.length() == 2
        && SECOND_LEVEL.contains(labels.get(labels.size() - 1))) {
      labels.remove(labels.size() - 1);
    }
    return labels.get(labels.size() - 1);
  }

  /** Whether an address's domain belongs to a mail service anyone can use. */
  static boolean isFreeMail(String domain) {
    return FREE_MAIL_DOMAINS.contains(domain) || FREE_MAIL.contains(mainLabel(domain));
  }
}
