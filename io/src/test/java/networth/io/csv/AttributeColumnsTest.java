package networth.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import networth.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * An attribute named like a column of its sheet ({@code type} on a node, {@code note} on a link) is
 * written under its key and " (attribute)", and a column so named is read back as the attribute; an
 * attribute key with blanks around it keeps them in a quoted header.
 */
class AttributeColumnsTest {

  private static ReadResult sheets(String elements, String connections) {
    return CsvMapReader.read(
        Optional.of(CsvMapReader.Sheet.of("elements.csv", elements)),
        Optional.of(CsvMapReader.Sheet.of("connections.csv", connections)));
  }

  @Test
  void aColumnMarkedAsAnAttributeGivesTheAttributeOfTheColumnsName() {
    ReadResult r =
        sheets(
            "ID,Type,Type (attribute),next_date (attribute),x (attribute) (attribute)\n"
                + "Ann,person,friend,soon,y\n",
            "From,To,Type,Note,Note (attribute),until (attribute)\n"
                + "Ann,Bob,introduced,at a party,from GraphML,2014\n");

    assertThat(r.problems()).extracting(p -> p.message()).doesNotContain("is named twice");
    assertThat(r.errors()).isEmpty();
    assertThat(r.map().nodes().get(0).kind().keyword()).isEqualTo("person");
    assertThat(List.copyOf(r.map().nodes().get(0).attributes().entrySet()))
        .containsExactly(
            Map.entry("Type", "friend"),
            Map.entry("next_date", "soon"),
            // One mark is taken off: the attribute's own key ends with the mark.
            Map.entry("x (attribute)", "y"));
    assertThat(r.map().links().get(0).note()).isEqualTo("at a party");
    assertThat(List.copyOf(r.map().links().get(0).attributes().entrySet()))
        .containsExactly(Map.entry("Note", "from GraphML"), Map.entry("until", "2014"));
  }

  @Test
  void aQuotedHeaderKeepsTheBlanksAroundAnAttributesKey() {
    ReadResult r = sheets("ID,\"  padded  \", plain \nAnn,x,y\n", "From,To\n");

    assertThat(r.errors()).isEmpty();
    // Unquoted, the blanks around " plain " are padding, as in any cell.
    assertThat(List.copyOf(r.map().nodes().get(0).attributes().entrySet()))
        .containsExactly(Map.entry("  padded  ", "x"), Map.entry("plain", "y"));
  }

  @Test
  void columnsOfAttributesThatDifferOnlyInCaseAreTwoAttributes() {
    ReadResult r =
        sheets("ID,weight,Weight\nAnn,1,2\n", "From,To,first met,First_Met\nAnn,B,a,b\n");

    assertThat(r.errors()).isEmpty();
    assertThat(r.map().nodes().get(0).attributes())
        .containsExactly(Map.entry("weight", "1"), Map.entry("Weight", "2"));
    assertThat(r.map().links().get(0).attributes())
        .containsExactly(Map.entry("first met", "a"), Map.entry("First_Met", "b"));
  }

  @Test
  void aFieldColumnOrTheSameNameTwiceIsStillRefused() {
    // Which Type is the kind cannot be told; nor which of two "weight" columns holds the weight.
    assertThat(sheets("ID,Type,type\nAnn,person,client\n", "From,To\n").errors())
        .extracting(
            p -> p.position().toString().replaceAll(".*elements", "elements") + " " + p.message())
        .containsExactly(
            "elements.csv:1:3 the column 'type' is named twice: column B is 'Type' (row 1, column C)");
    assertThat(sheets("ID\nAnn\n", "From,To,weight,weight\n").errors())
        .extracting(p -> p.message())
        .containsExactly(
            "the column 'weight' is named twice: column C is 'weight' (row 1, column D)");
    assertThat(sheets("ID\nAnn\n", "From,To,note,NOTE\n").errors()).hasSize(1);
  }

  @Provide
  Arbitrary<String> keys() {
    // Keys built from the names of columns, the mark, blanks and case: the hard ones.
    Arbitrary<String> part =
        Arbitraries.of(
            "Type",
            "type",
            "NOTE",
            "Next Date",
            "next_date",
            "From",
            "Until",
            "until",
            AttributeColumns.MARK,
            " ",
            "x",
            "weight",
            "Weight",
            "Tags",
            "affiliation");
    return part.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
  }

  @Property(tries = 500)
  void everyKeyComesBackFromItsColumnAndNoColumnIsAFieldsOrAnothers(
      @ForAll("keys") String a, @ForAll("keys") String b) {
    for (boolean element : new boolean[] {true, false}) {
      String ca = element ? AttributeColumns.ofElement(a) : AttributeColumns.ofConnection(a);
      String cb = element ? AttributeColumns.ofElement(b) : AttributeColumns.ofConnection(b);
      assertThat(AttributeColumns.key(ca)).isEqualTo(a);
      assertThat(ca.equals(cb)).isEqualTo(a.equals(b));
      Set<String> fields = new HashSet<>();
      (element ? CsvMapReader.ELEMENT_COLUMNS : AttributeColumns.CONNECTION_COLUMNS)
          .forEach(f -> fields.add(Columns.key(f)));
      assertThat(fields).doesNotContain(Columns.key(ca));
    }
  }

  @Test
  void onlyNamesOfColumnsAndMarkedNamesAreMarked() {
    assertThat(AttributeColumns.ofElement("type")).isEqualTo("type (attribute)");
    assertThat(AttributeColumns.ofElement("Next_Date")).isEqualTo("Next_Date (attribute)");
    // "note" is a column of the connections sheet, not of the elements sheet (it writes
    // Description).
    assertThat(AttributeColumns.ofElement("note")).isEqualTo("note");
    assertThat(AttributeColumns.ofConnection("note")).isEqualTo("note (attribute)");
    assertThat(AttributeColumns.ofConnection("source")).isEqualTo("source");
    assertThat(AttributeColumns.ofConnection("a (attribute)"))
        .isEqualTo("a (attribute) (attribute)");
  }
}
