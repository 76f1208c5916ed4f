package networth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import networth.io.netmap.NetmapReader;
import networth.model.NetworkMap;
import networth.render.svg.SvgPrinter;
import networth.server.http.ApiException;
import networth.server.maps.Downloads;
import org.junit.jupiter.api.Test;

/**
 * PNG and PDF come from printers found at run time: with networth-print on the class path (as the
 * command and this build have it) they are found; a server built without it says so with 501.
 */
class PrintersTest {

  static final NetworkMap MAP =
      NetmapReader.read("t.netmap", "channel LinkedIn\nperson Emily\nLinkedIn -> Emily\n").map();

  @Test
  void withNetworthPrintOnTheClassPathBothPrintersAreFound() {
    byte[] png = Downloads.PNG.write(MAP, 1, null);
    // A PNG file starts with the bytes 0x89 'P' 'N' 'G'; a PDF with "%PDF-".
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(
            new String(
                Downloads.PDF.write(MAP, 1, null),
                0,
                5,
                java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    assertThat(SvgPrinter.find("png")).isPresent();
    assertThat(SvgPrinter.find("gif")).isEmpty();
  }

  @Test
  void withoutAPrinterPngAndPdfAre501SayingWhatToDo() {
    for (Downloads form : new Downloads[] {Downloads.PNG, Downloads.PDF}) {
      assertThatThrownBy(() -> form.write(MAP, 1, null, format -> Optional.empty()))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(501);
                assertThat(e.detail()).contains("built without PNG/PDF").contains("?format=svg");
              });
    }
    // The other forms need no printer.
    assertThat(
            new String(
                Downloads.SVG.write(MAP, 1, null, format -> Optional.empty()),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("<svg");
  }
}
