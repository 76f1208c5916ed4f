package networth.render.report;

import java.util.List;
import networth.render.text.TextTable;

/**
 * What a report says, before it is written as HTML or Markdown: a title, the headline sentences and
 * the sections in order. Both writers show exactly this content.
 *
 * @param title the map's title
 * @param source where the map was read from, as the user named it
 * @param headlines the answers at a glance
 * @param sections the sections, in reading order
 */
public record Report(String title, String source, List<String> headlines, List<Section> sections) {

  public Report {
    headlines = List.copyOf(headlines);
    sections = List.copyOf(sections);
  }

  /**
   * A section: an anchor id, a heading and its blocks.
   *
   * @param id the anchor, letters and hyphens
   * @param title the heading
   * @param blocks what it shows, in order
   */
  public record Section(String id, String title, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** One piece of a section. */
  public sealed interface Block permits Paragraph, Bullets, Table, Figure {}

  /** A paragraph of plain text. */
  public record Paragraph(String text) implements Block {}

  /** A list of sentences. */
  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table.
   *
   * @param caption what it shows, one line
   */
  public record Table(String caption, TextTable table) implements Block {}

  /**
   * A picture as SVG.
   *
   * @param name a file name for it without extension, used when it is written beside Markdown
   * @param svg the SVG document
   * @param caption what it shows and how to read it
   * @param map whether it is the network map (the HTML makes it interactive)
   */
  public record Figure(String name, String svg, String caption, boolean map) implements Block {}
}
