package networth.imports.sheets;

import java.io.IOException;
import java.util.List;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.io.Progress;

/**
 * Gephi's Data Laboratory tables: the nodes ({@code Id,Label,…}) and edges ({@code
 * Source,Target,Type,Id,Label,Weight,…}) as it exports them to CSV, or a workbook holding both. See
 * docs/import-sheets.md.
 */
public final class GephiImporter implements Importer {

  @Override
  public String name() {
    return "gephi";
  }

  @Override
  public String description() {
    return "Gephi's node and edge tables (Data Laboratory's CSV export, or .xlsx)";
  }

  @Override
  public Found read(List<ImportFile> files, Progress progress) throws ImportException, IOException {
    return new SheetImport(Dialect.GEPHI, progress).read(files);
  }
}
