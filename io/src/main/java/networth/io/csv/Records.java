package networth.io.csv;

import java.io.IOException;
import java.util.Iterator;

/**
 * A sheet's records in order, the header first, lexed ahead of the reader on other threads. Close
 * it (or read it to the end) to stop them.
 */
interface Records extends Iterator<CsvRecord>, AutoCloseable {

  /**
   * The records of a sheet. A large sheet that may be (the connections sheet, read once the
   * elements have given every id) is cut into parts of about {@code partBytes} lexed side by side
   * (see {@link LexedParts}); any other on one thread of its own ({@link RecordStream}).
   */
  static Records of(CsvMapReader.Sheet sheet, RecordSharing sharing, int partBytes)
      throws IOException {
    if (sharing.inParts()
        && sheet.parts().isPresent()
        && sheet.size() >= 2L * partBytes
        && LexedParts.THREADS > 1) {
      return LexedParts.of(sheet, sheet.parts().get(), sharing, partBytes);
    }
    return inOneGo(sheet, sharing);
  }

  /** The records of a sheet, lexed from its start on one thread of their own. */
  static Records inOneGo(CsvMapReader.Sheet sheet, RecordSharing sharing) throws IOException {
    return new RecordStream(new CsvLexer(sheet.opener().open()), sheet.name(), sharing);
  }

  /**
   * Gives the plain rows ({@link PlainConnection}) that come next, which {@link #next} does not
   * give, to {@code rows}, up to the next record or a while: the number of the last record given,
   * or 0 when the next record is not a plain row.
   */
  default long givePlain(SheetRows.Rows rows) {
    return 0;
  }

  @Override
  void close();
}
