package networth.imports.vcard;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Origin;
import networth.io.Progress;

/**
 * Reads vCard files (2.1, 3.0 and 4.0, one or many cards each, as Apple Contacts, Google Contacts
 * and Outlook export them) into people, organisations, who works where, and the {@code RELATED}
 * links between them. ez-vcard does the reading (folded lines, quoted-printable, character sets);
 * what each card becomes is {@link Contacts}' work.
 */
public final class VcardImporter implements Importer {

  /** How often, in cards, progress is reported: a card is several lines, so oftener than rows. */
  static final int PROGRESS_EVERY = 10_000;

  /** ez-vcard's code for a line it skipped because it is not a property ({@code NAME:value}). */
  private static final int SKIPPED_LINE = 27;

  @Override
  public String name() {
    return "vcard";
  }

  @Override
  public List<String> aliases() {
    return List.of("vcf");
  }

  @Override
  public String description() {
    return "vCard 3 and 4 (.vcf), as Apple Contacts, Google Contacts and Outlook export them";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    List<Contacts.Card> cards = new ArrayList<>();
    Problems problems = new Problems(CardLines.MOST_PROBLEMS);
    for (ImportFile file : files) {
      readFile(file, progress, cards, problems);
    }
    if (problems.hasErrors()) {
      throw new ImportException(problems.list());
    }
    return Contacts.of(name(), cards);
  }

  private static void readFile(
      ImportFile file, Progress progress, List<Contacts.Card> cards, Problems problems)
      throws IOException {
    String text = text(file);
    CardLines lines = CardLines.of(file.name(), text);
    if (lines.begins().isEmpty()) {
      problems.addAll(lines.problems().list());
      return;
    }
    List<Problem> mistakes = new ArrayList<>(lines.problems().list());
    List<Integer> begins = lines.begins();
    String[] physical = null;
    int read = 0;
    try (VCardReader reader = new VCardReader(text)) {
      VCard card;
      while ((card = reader.readNext()) != null) {
        for (ParseWarning w : reader.getWarnings()) {
          if (w.getCode() != null && w.getCode() == SKIPPED_LINE && w.getLineNumber() != null) {
            if (physical == null) {
              physical = text.split("\r\n|\r|\n", -1);
            }
            int line = w.getLineNumber();
            String shown = line <= physical.length ? physical[line - 1] : "";
            mistakes.add(
                Problem.error(
                        new SourcePosition(file.name(), line, 1),
                        "not a vCard property: expected NAME:value",
                        "a line of a card is a property such as FN:Jane Doe; a value that goes on"
                            + " over several lines continues on lines that begin with a space")
                    .showing(shown, Math.max(1, shown.length())));
          }
        }
        // The same cards in the same order as the lines counted them; the last line stands in
        // should ez-vcard ever find one more.
        int begin = begins.get(Math.min(read, begins.size() - 1));
        cards.add(new Contacts.Card(card, new Origin(file.name(), begin)));
        read++;
        if (read % PROGRESS_EVERY == 0) {
          progress.read(file.name(), read, false);
        }
      }
    }
    progress.read(file.name(), read, true);
    mistakes.sort(Comparator.comparingInt(p -> p.position().line()));
    problems.addAll(mistakes);
  }

  /** The file's text, as UTF-8 (what vCard 3 and 4 require), without a byte-order mark. */
  private static String text(ImportFile file) throws IOException {
    try (InputStream in = file.open()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
