package networth.journeys.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A journeys file's rows as both formats' readers take them: the header row first (a file without
 * one is refused), then each data row with as many fields as the header and the line it starts on.
 * Blank lines are skipped; a row with another number of fields is a bad row; the rows are counted
 * and progress reported as they go. A file that is not UTF-8, or whose gzip is damaged, ends the
 * read with a message that says so.
 */
final class DataRows implements AutoCloseable {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(false).get();

  private final String source;
  private final BadRows badRows;
  private final Progress progress;
  private final CSVParser parser;
  private final Iterator<CSVRecord> it;
  private final Header header;
  private long lineEnd;
  private long rows;
  private long line;
  private CSVRecord record;

  DataRows(String source, Reader in, BadRows badRows, Progress progress) throws IOException {
    this.source = source;
    this.badRows = badRows;
    this.progress = progress;
    try {
      parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
      it = parser.iterator();
      if (!it.hasNext()) {
        throw new JourneyInputException(
            source + ": empty: a journeys file starts with a header row naming its columns");
      }
      header = new Header(source, it.next());
    } catch (UncheckedIOException e) {
      throw unreadable(source, e.getCause());
    } catch (CharacterCodingException e) {
      throw unreadable(source, e);
    }
    lineEnd = parser.getCurrentLineNumber();
  }

  Header header() {
    return header;
  }

  /** Moves to the next well-formed row; false at the end of the file. */
  boolean next() {
    try {
      while (it.hasNext()) {
        CSVRecord r = it.next();
        long at = lineEnd + 1;
        lineEnd = parser.getCurrentLineNumber();
        if (r.size() == 1 && r.get(0).isBlank()) {
          continue;
        }
        rows++;
        if (rows % Progress.EVERY == 0) {
          progress.rowsRead(rows);
        }
        if (r.size() != header.size()) {
          badRows.report(
              new BadRow(
                  source,
                  at,
                  "",
                  "the row has "
                      + r.size()
                      + " fields and the header "
                      + header.size()
                      + ": quote a field that holds a comma"));
          continue;
        }
        record = r;
        line = at;
        return true;
      }
    } catch (UncheckedIOException e) {
      throw unreadable(source, e.getCause());
    }
    progress.rowsRead(rows);
    return false;
  }

  /** The row {@link #next} moved to. */
  CSVRecord record() {
    return record;
  }

  /** The line the current row starts on. */
  long line() {
    return line;
  }

  /** Data rows read so far, bad ones included, blank lines not. */
  long rows() {
    return rows;
  }

  /** Reports a bad cell of the current row. */
  void bad(int column, String what) {
    badRows.report(new BadRow(source, line, header.name(column), what));
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static JourneyInputException unreadable(String source, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new JourneyInputException(
          source + ": not UTF-8 text: save it as UTF-8 (CSV UTF-8 in a spreadsheet)", e);
    }
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return new JourneyInputException(
          source + ": the gzip data is damaged or cut short: " + e.getMessage(), e);
    }
    return new JourneyInputException(source + ": cannot be read: " + e.getMessage(), e);
  }
}
