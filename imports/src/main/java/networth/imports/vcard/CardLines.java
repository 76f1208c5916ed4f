package networth.imports.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;

/**
 * Where each card of a vCard file begins, and what in the file stands outside any card. ez-vcard
 * does not say on which line a card begins, and every imported item must name its line, so the
 * lines are counted here, over the same text ez-vcard reads.
 *
 * <p>Only top-level cards count: a vCard 2.1 {@code AGENT} may hold a whole card inside another,
 * which ez-vcard reads as part of the outer one.
 */
final class CardLines {

  /** How many problems of one file are worth listing before the rest are only counted. */
  static final int MOST_PROBLEMS = 20;

  private final List<Integer> begins = new ArrayList<>();
  private final Problems problems = new Problems(MOST_PROBLEMS);

  private CardLines() {}

  /** Scans the text of a file named {@code file}. */
  static CardLines of(String file, String text) {
    CardLines found = new CardLines();
    String[] lines = text.split("\r\n|\r|\n", -1);
    int depth = 0;
    int openedAt = 0;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      String word = line.strip().toUpperCase(Locale.ROOT);
      if (word.equals("BEGIN:VCARD")) {
        if (depth == 0) {
          found.begins.add(number);
          openedAt = number;
        }
        depth++;
      } else if (word.equals("END:VCARD")) {
        if (depth == 0) {
          found.add(
              Problem.error(
                      new SourcePosition(file, number, 1),
                      "END:VCARD without a BEGIN:VCARD before it",
                      "every card runs from BEGIN:VCARD to END:VCARD: remove this line or add"
                          + " the card's beginning")
                  .showing(line, line.length()));
        } else {
          depth--;
        }
      } else if (depth == 0 && !line.isBlank() && !found.begins.isEmpty()) {
        found.add(
            Problem.error(
                    new SourcePosition(file, number, 1),
                    "text outside a card: expected BEGIN:VCARD",
                    "a vCard file holds only cards, each from BEGIN:VCARD to END:VCARD")
                .showing(line, Math.max(1, line.length())));
      }
    }
    if (found.begins.isEmpty()) {
      found.add(
          Problem.error(
              new SourcePosition(file, 1, 0),
              "not a vCard: no line says BEGIN:VCARD",
              "export the contacts as vCard (.vcf): Apple Contacts' File > Export > Export"
                  + " vCard, Google Contacts' Export > vCard, Outlook's Save as vCard"));
    } else if (depth > 0) {
      found.add(
          Problem.error(
              new SourcePosition(file, openedAt, 1),
              "the card that begins here has no END:VCARD",
              "the file may have been cut short: export the contacts again"));
    }
    return found;
  }

  private void add(Problem p) {
    problems.add(p);
  }

  /** The line of each top-level BEGIN:VCARD, in order, counting from 1. */
  List<Integer> begins() {
    return begins;
  }

  /** What is wrong with the file's shape; past {@link #MOST_PROBLEMS}, only counted. */
  Problems problems() {
    return problems;
  }
}
