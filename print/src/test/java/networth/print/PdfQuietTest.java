package networth.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.print.pdf.PdfWriter;
import networth.render.svg.SvgWriter;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.NoOpLog;
import org.apache.fop.svg.PDFTranscoder;
import org.junit.jupiter.api.Test;

/** The PDF renderer's libraries say nothing on the terminal, even about glyphs their fonts lack. */
class PdfQuietTest {

  @Test
  void aPdfWithGlyphsTheBaseFontsLackPrintsNothingOnStandardError() {
    NetworkMap map =
        NetworkMap.builder()
            .node(Node.of("Blog 🚀", NodeKind.CHANNEL))
            .node(Node.of("客户 1", NodeKind.PERSON))
            .link("Blog 🚀", "客户 1")
            .build();
    String svg = SvgWriter.write(map);
    PrintStream before = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] pdf;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      pdf = PdfWriter.write(svg);
    } finally {
      System.setErr(before);
    }
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void whatFopLogsGoesNowhereWhicheverLoggingLibraryIsOnTheClassPath() {
    // Routed by commons-logging.properties before Commons Logging looks for Log4j or falls back to
    // java.util.logging, either of which writes to the terminal.
    assertThat(LogFactory.getLog(PDFTranscoder.class)).isInstanceOf(NoOpLog.class);
  }
}
