package networth.imports.linkedin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Origin;
import networth.io.Progress;

/**
 * A LinkedIn data export: the zip LinkedIn sends, or its {@code Connections.csv}, {@code
 * Invitations.csv} and {@code Positions.csv} given loose. Each file is known by its header, so a
 * renamed one still reads; the export's other files (messages, profile, skills) are left out and
 * counted as skipped.
 *
 * <p>Invitations are read after connections whatever the order the files come in, so that an
 * invitation finds the connection it began and is written onto that connection's link.
 */
public final class LinkedinImporter implements Importer {

  /** The word that names the source: {@code networth import linkedin}. */
  public static final String NAME = "linkedin";

  /** The reason a file of the export that networth does not read is left out. */
  static final String OTHER_FILE = "a file of the export networth does not read";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a LinkedIn data export: its zip, or Connections.csv, Invitations.csv, Positions.csv";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    Network network = new Network();
    List<Problem> problems = new ArrayList<>();
    List<SheetFile> sheets = new ArrayList<>();
    try {
      for (ImportFile file : files) {
        if (ExportArchive.isZip(file)) {
          List<ImportFile> entries;
          try {
            entries = ExportArchive.entries(file);
          } catch (ImportException e) {
            problems.addAll(e.problems());
            continue;
          }
          for (ImportFile entry : entries) {
            Optional<ExportSheet> named = ExportSheet.named(entry.fileName());
            Optional<SheetFile> sheet =
                named.isEmpty() && !entry.fileName().endsWith(".csv")
                    ? Optional.empty()
                    : SheetFile.open(entry);
            if (sheet.isPresent()) {
              sheets.add(sheet.get());
            } else if (named.isEmpty()) {
              // messages.csv, Profile.csv, an image: the export holds them, networth does not read
              // them.
              network.skip(new Origin(entry.name(), 1), OTHER_FILE);
            } else {
              problems.add(SheetFile.diagnose(entry, named));
            }
          }
        } else {
          // A file the user named must be one networth reads.
          Optional<SheetFile> sheet = SheetFile.open(file);
          if (sheet.isPresent()) {
            sheets.add(sheet.get());
          } else {
            problems.add(SheetFile.diagnose(file, ExportSheet.named(file.fileName())));
          }
        }
      }
      sheets.sort(Comparator.comparing(SheetFile::sheet));
      ConnectionRows connections = new ConnectionRows(network);
      InvitationRows invitations = new InvitationRows(network);
      PositionRows positions = new PositionRows(network);
      for (SheetFile sheet : sheets) {
        Consumer<Cells> rows =
            switch (sheet.sheet()) {
              case CONNECTIONS -> connections::read;
              case INVITATIONS -> invitations::read;
              case POSITIONS -> positions::read;
            };
        problems.addAll(sheet.rows(progress, rows));
      }
    } finally {
      for (SheetFile s : sheets) {
        s.close();
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportException(problems);
    }
    return network.build();
  }
}
