package networth.imports.x;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.ImportException;
import networth.io.Progress;

/**
 * One file of the X archive: a line of JavaScript, {@code window.YTD.follower.part0 = }, and a JSON
 * list after it. The prefix is blanked out with spaces rather than cut off, so that every line and
 * column the JSON reader reports is the file's own.
 */
final class YtdFile {

  /** One account of a follower or following list, and the line its entry begins on. */
  record Account(Direction direction, String accountId, String userLink, int line) {}

  /** Who follows whom. */
  enum Direction {
    /** The account follows the archive's owner: {@code follower.js}. */
    FOLLOWER,
    /** The owner follows the account: {@code following.js}. */
    FOLLOWING
  }

  /** A name and handle that a tweet's mention gives an account. */
  record Mention(String handle, String name) {}

  private static final Pattern PREFIX =
      Pattern.compile("\\A\\uFEFF?\\s*window\\.YTD\\.([A-Za-z0-9_]+)\\.part(\\d+)\\s*=\\s*");

  private static final ObjectMapper JSON = new ObjectMapper();

  static final int MOST_PROBLEMS = 20;

  static final int PROGRESS_EVERY = 10_000;

  private YtdFile() {}

  /** The accounts of a {@code follower.js} or {@code following.js}, in order. */
  static List<Account> accounts(String file, String text, Progress progress)
      throws ImportException {
    try {
      return readAccounts(file, text, progress);
    } catch (ImportException e) {
      throw shown(e, text);
    }
  }

  private static List<Account> readAccounts(String file, String text, Progress progress)
      throws ImportException {
    String json = json(file, text);
    List<Account> out = new ArrayList<>();
    Problems problems = new Problems(MOST_PROBLEMS);
    try (JsonParser p = JSON.getFactory().createParser(json)) {
      expectList(file, p);
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        JsonLocation at = p.currentTokenLocation();
        if (t == null) {
          throw new ImportException(cutShort(file, p.currentLocation()));
        }
        if (t != JsonToken.START_OBJECT) {
          throw new ImportException(
              error(
                  file,
                  at,
                  "expected an entry such as { \"follower\" : { \"accountId\" : \"…\" } }",
                  "the file must be as the X archive wrote it"));
        }
        JsonNode entry = p.readValueAsTree();
        account(file, entry, at, problems).ifPresent(out::add);
        if (!out.isEmpty() && out.size() % PROGRESS_EVERY == 0) {
          progress.read(file, out.size(), false);
        }
      }
    } catch (JsonProcessingException e) {
      throw new ImportException(broken(file, e));
    } catch (IOException e) {
      throw new ImportException(broken(file, null));
    }
    if (problems.hasErrors()) {
      throw new ImportException(problems.list());
    }
    progress.read(file, out.size(), true);
    return out;
  }

  private static java.util.Optional<Account> account(
      String file, JsonNode entry, JsonLocation at, Problems problems) {
    Iterator<String> names = entry.fieldNames();
    String kind = names.hasNext() ? names.next() : "";
    Direction direction =
        switch (kind) {
          case "follower" -> Direction.FOLLOWER;
          case "following" -> Direction.FOLLOWING;
          default -> null;
        };
    if (direction == null) {
      problems.add(
          error(
              file,
              at,
              "an entry of '" + kind + "': expected \"follower\" or \"following\"",
              "give the archive's data/follower.js and data/following.js"));
      return java.util.Optional.empty();
    }
    JsonNode inner = entry.path(kind);
    String id = inner.path("accountId").asText("").strip();
    if (id.isEmpty()) {
      problems.add(
          error(
              file,
              at,
              "a " + kind + " without an accountId",
              "each entry names its account: { \"" + kind + "\" : { \"accountId\" : \"…\" } }"));
      return java.util.Optional.empty();
    }
    String link = inner.path("userLink").asText("").strip();
    if (link.isEmpty()) {
      link = "https://twitter.com/intent/user?user_id=" + id;
    }
    return java.util.Optional.of(new Account(direction, id, link, at.getLineNr()));
  }

  /**
   * The handles and names of the accounts the owner's tweets mention ({@code tweets.js}): the only
   * place in the archive that names other accounts. Read as a stream: the file can be large.
   */
  static void mentions(String file, String text, Map<String, Mention> into) throws ImportException {
    try {
      readMentions(file, text, into);
    } catch (ImportException e) {
      throw shown(e, text);
    }
  }

  private static void readMentions(String file, String text, Map<String, Mention> into)
      throws ImportException {
    String json = json(file, text);
    try (JsonParser p = JSON.getFactory().createParser(json)) {
      expectList(file, p);
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("user_mentions")) {
          if (p.nextToken() != JsonToken.START_ARRAY) {
            continue;
          }
          JsonNode list = p.readValueAsTree();
          for (JsonNode m : list) {
            String id = m.path("id_str").asText(m.path("id").asText("")).strip();
            String handle = m.path("screen_name").asText("").strip();
            String name = m.path("name").asText("").strip();
            if (!id.isEmpty() && !handle.isEmpty()) {
              into.putIfAbsent(id, new Mention("@" + handle, name));
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new ImportException(broken(file, e));
    } catch (IOException e) {
      throw new ImportException(broken(file, null));
    }
  }

  /** What the file says it holds: {@code follower} for {@code window.YTD.follower.part0 =}. */
  static String kind(String file, String text) throws ImportException {
    Matcher m = PREFIX.matcher(text);
    if (!m.find()) {
      throw notOfTheArchive(file, text);
    }
    return m.group(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** The text with its {@code window.YTD.….partN =} blanked out. */
  static String json(String file, String text) throws ImportException {
    Matcher m = PREFIX.matcher(text);
    if (!m.find()) {
      throw notOfTheArchive(file, text);
    }
    StringBuilder blanked = new StringBuilder(text);
    for (int i = 0; i < m.end(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        blanked.setCharAt(i, ' ');
      }
    }
    return blanked.toString();
  }

  private static ImportException notOfTheArchive(String file, String text) {
    String first = text.lines().findFirst().orElse("");
    return new ImportException(
        Problem.error(
                new SourcePosition(file, 1, 1),
                "not a file of the X archive: expected it to begin with"
                    + " window.YTD.follower.part0 =",
                "give the archive's zip, or its data/follower.js and data/following.js as"
                    + " they are")
            .showing(first, Math.max(1, Math.min(first.length(), 30))));
  }

  /** The same problems, each showing the line of the file it points at. */
  private static ImportException shown(ImportException e, String text) {
    List<String> lines = text.lines().toList();
    return new ImportException(
        e.problems().stream()
            .map(
                p -> {
                  int line = p.position().line();
                  return line < 1 || line > lines.size() || !p.sourceLine().isEmpty()
                      ? p
                      : p.showing(lines.get(line - 1), 1);
                })
            .toList());
  }

  private static void expectList(String file, JsonParser p) throws IOException, ImportException {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_ARRAY) {
      throw new ImportException(
          error(
              file,
              p.currentTokenLocation(),
              "expected a list, [ … ], after the = of window.YTD",
              "the file must be as the X archive wrote it"));
    }
  }

  private static Problem cutShort(String file, JsonLocation at) {
    return error(
        file,
        at,
        "the list ends before its closing ]: the file is cut short",
        "download the archive again, or give the whole file");
  }

  /** Jackson's complaint, said plainly, at the place it names. */
  private static Problem broken(String file, JsonProcessingException e) {
    if (e == null) {
      return Problem.error(
          SourcePosition.of(file), "the file cannot be read as JSON", "download the archive again");
    }
    String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String first = said.lines().findFirst().orElse("").strip();
    String message;
    if (said.contains("end-of-input")) {
      message = "the JSON ends too soon: the file is cut short";
    } else if (said.contains("expecting comma")) {
      message = "broken JSON: a comma is missing before this";
    } else if (said.contains("expecting double-quote to start field name")) {
      message = "broken JSON: expected a field name in double quotes";
    } else {
      message = "broken JSON: " + first;
    }
    return error(
        file,
        e.getLocation() == null ? JsonLocation.NA : e.getLocation(),
        message,
        "the file must be as the X archive wrote it: download the archive again");
  }

  private static Problem error(String file, JsonLocation at, String message, String hint) {
    int line = Math.max(0, at.getLineNr());
    int column = line == 0 ? 0 : Math.max(0, at.getColumnNr());
    return Problem.error(new SourcePosition(file, line, column), message, hint);
  }
}
