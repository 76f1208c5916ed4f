package networth.imports.sheets;

import java.io.IOException;
import java.util.List;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.io.Progress;

/**
 * Kumu's elements and connections: two CSV files, one workbook with an Elements and a Connections
 * sheet as Kumu exports it, or Kumu's JSON blueprint. See docs/import-sheets.md.
 */
public final class KumuImporter implements Importer {

  @Override
  public String name() {
    return "kumu";
  }

  @Override
  public String description() {
    return "Kumu's elements and connections sheets (CSV or .xlsx) or its JSON blueprint";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    return new SheetImport(Dialect.KUMU, progress).read(files);
  }
}
