package networth.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import networth.print.png.PngWriter;
import networth.render.Story;
import networth.render.svg.SvgWriter;
import org.junit.jupiter.api.Test;

class PngWriterTest {

  @Test
  void drawsTheMapAtTheScaleAskedFor() throws Exception {
    String svg = SvgWriter.write(Story.map());
    int width =
        Integer.parseInt(svg.replaceFirst("(?s)^<svg[^>]*? width=\"([0-9]+)(\\.[0-9])?\".*", "$1"));
    BufferedImage once = ImageIO.read(new ByteArrayInputStream(PngWriter.write(svg, 1)));
    BufferedImage twice = ImageIO.read(new ByteArrayInputStream(PngWriter.write(svg, 2)));
    assertThat((double) once.getWidth()).isCloseTo(width, org.assertj.core.data.Offset.offset(2.0));
    assertThat((double) twice.getWidth())
        .isCloseTo(2 * width, org.assertj.core.data.Offset.offset(2.0));
    // Not a blank page: the title's black text and the kinds' colours are there.
    boolean dark = false;
    for (int x = 0; x < once.getWidth() && !dark; x++) {
      for (int y = 0; y < 60 && !dark; y++) {
        dark = (once.getRGB(x, y) & 0xffffff) < 0x303030;
      }
    }
    assertThat(dark).isTrue();
  }

  @Test
  void refusesAScaleOutOfRange() {
    assertThatThrownBy(() -> PngWriter.write("<svg width=\"10\"/>", 0))
        .hasMessageContaining("scale");
  }
}
