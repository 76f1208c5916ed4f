package networth.imports.x;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import networth.diagnostics.Problem;
import networth.diagnostics.SourcePosition;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.io.Progress;

/**
 * Reads the archive X (Twitter) gives of an account: the zip, or its {@code data/follower.js} and
 * {@code data/following.js}. Each account becomes a person linked from the {@code Twitter} channel,
 * as one who follows you, whom you follow, or both. The lists give only account numbers; the names
 * and handles of the accounts your tweets mention ({@code data/tweets.js}) are used when the
 * archive holds them.
 */
public final class XArchiveImporter implements Importer {

  /** follower.js, follower-part1.js (a large list comes in parts), and the same for following. */
  private static final Pattern LIST = Pattern.compile("(follower|following)(-part\\d+)?\\.js");

  /** tweets.js (tweet.js in older archives), possibly in parts. */
  private static final Pattern TWEETS = Pattern.compile("tweets?(-part\\d+)?\\.js");

  @Override
  public String name() {
    return "x";
  }

  @Override
  public List<String> aliases() {
    return List.of("twitter");
  }

  @Override
  public String description() {
    return "the X (Twitter) archive: the zip, or its data/follower.js and data/following.js";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    Followers followers = new Followers(name());
    Map<String, YtdFile.Mention> mentions = new LinkedHashMap<>();
    boolean anyList = false;
    for (ImportFile file : files) {
      String fileName = file.fileName();
      if (fileName.endsWith(".zip")) {
        List<String> lists = new ArrayList<>();
        ArchiveEntries.read(
            file,
            entry -> wanted(baseName(entry)),
            (entry, bytes) -> {
              if (read(file.name() + "/" + entry, text(bytes), followers, mentions, progress)) {
                lists.add(entry);
              }
            });
        if (lists.isEmpty()) {
          throw new ImportException(
              Problem.error(
                  SourcePosition.of(file.name()),
                  "no data/follower.js or data/following.js in this archive",
                  "give the zip X sends when you ask for an archive of your data"));
        }
        anyList = true;
      } else {
        String text;
        try (InputStream in = file.open()) {
          text = text(in.readAllBytes());
        }
        anyList |= read(file.name(), text, followers, mentions, progress);
      }
    }
    if (!anyList) {
      throw new ImportException(
          Problem.error(
              SourcePosition.of(files.isEmpty() ? "x" : files.get(0).name()),
              "no follower.js or following.js among the files given",
              "the accounts are in the archive's data/follower.js and data/following.js"));
    }
    return followers.found(mentions);
  }

  /**
   * Reads one file of the archive by what its first line says it is ({@code window.YTD.follower}):
   * the accounts of a follower or following list, the mentions of the tweets; any other part of the
   * archive (the account, the likes) holds nothing for a map.
   *
   * @return whether it was a follower or following list
   */
  private static boolean read(
      String name,
      String text,
      Followers followers,
      Map<String, YtdFile.Mention> mentions,
      Progress progress)
      throws ImportException {
    String kind = YtdFile.kind(name, text);
    switch (kind) {
      case "follower", "following" -> {
        for (YtdFile.Account a : YtdFile.accounts(name, text, progress)) {
          followers.add(name, a);
        }
        return true;
      }
      case "tweets", "tweet" -> YtdFile.mentions(name, text, mentions);
      default -> {
        // another part of the archive
      }
    }
    return false;
  }

  private static boolean wanted(String baseName) {
    return LIST.matcher(baseName).matches() || TWEETS.matcher(baseName).matches();
  }

  private static String baseName(String path) {
    String p = path.replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
