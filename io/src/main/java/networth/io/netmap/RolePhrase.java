package networth.io.netmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.model.Affiliation.Role;
import networth.text.NearestNames;

/**
 * The words of a role ({@code works at}, {@code was member of}) where they stand on a line, found
 * without moving the line's cursor, so that a statement can tell an affiliation from a declaration
 * and a link can tell a role written where it does not belong.
 */
final class RolePhrase {

  /**
   * A role as written: the role, its words as the file spelled them, a token spanning them, and how
   * many words.
   */
  record Found(Role role, String written, Token first, int words) {}

  private RolePhrase() {}

  /** The longest role phrase that starts {@code ahead} tokens after the cursor, if any. */
  static Optional<Found> at(Line line, int ahead) {
    for (int n = Role.longestPhrase(); n >= 1; n--) {
      Optional<String> words = words(line, ahead, n);
      if (words.isPresent()) {
        Optional<Role> role = Role.fromPhrase(words.get());
        if (role.isPresent()) {
          return Optional.of(new Found(role.get(), words.get(), span(line, ahead, n), n));
        }
      }
    }
    return Optional.empty();
  }

  /** Words that stand where a role should, and the roles near them: "did you mean 'works at'?". */
  record Near(String words, Token span, String didYouMean) {}

  /**
   * The words from {@code ahead} that look like a misspelt role ({@code wroks at}), the longest
   * first, or empty when no role is near them.
   */
  static Optional<Near> nearest(Line line, int ahead) {
    for (int n = Role.longestPhrase(); n >= 1; n--) {
      Optional<String> words = words(line, ahead, n);
      // The words must leave the organisation's name on the line after them.
      if (words.isPresent() && line.peek(ahead + n).isName()) {
        String near = NearestNames.didYouMean(words.get(), Role.phrases());
        if (!near.isEmpty()) {
          return Optional.of(new Near(words.get(), span(line, ahead, n), near));
        }
      }
    }
    return Optional.empty();
  }

  /** Every role phrase, for a hint. */
  static String list() {
    return String.join(", ", Role.phrases());
  }

  /** A token that covers the {@code n} words from {@code ahead}, for a caret under all of them. */
  static Token span(Line line, int ahead, int n) {
    Token first = line.peek(ahead);
    Token last = line.peek(ahead + n - 1);
    int length =
        last.line() == first.line()
            ? last.column() + last.length() - first.column()
            : first.length();
    return new Token(first.kind(), first.text(), first.line(), first.column(), length);
  }

  private static Optional<String> words(Line line, int ahead, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Token t = line.peek(ahead + i);
      if (!t.is(TokenKind.WORD)) {
        return Optional.empty();
      }
      words.add(t.text());
    }
    return Optional.of(String.join(" ", words));
  }
}
