package networth.print;

import static org.assertj.core.api.Assertions.assertThat;

import networth.print.batik.Transcode;
import networth.print.pdf.PdfWriter;
import networth.render.Story;
import networth.render.svg.SvgWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

  @Test
  void drawsTheMapOnOnePageOfItsShapeWithItsTextAsText() throws Exception {
    String svg = SvgWriter.write(Story.map());
    byte[] pdf = PdfWriter.write(svg);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      PDRectangle page = doc.getPage(0).getMediaBox();
      double width = Transcode.width(svg);
      double height =
          Double.parseDouble(svg.replaceFirst("(?s)^<svg[^>]*? height=\"([0-9.]+)\".*", "$1"));
      // The page keeps the picture's proportions.
      assertThat(page.getWidth() / page.getHeight())
          .isCloseTo((float) (width / height), org.assertj.core.data.Offset.offset(0.01f));
      String text = new PDFTextStripper().getText(doc);
      // Labels are real text (searchable, sharp), hostile ones shown as written.
      assertThat(text).contains("Client 1").contains("Emily").contains("<script>alert(1)</scri");
    }
  }
}
