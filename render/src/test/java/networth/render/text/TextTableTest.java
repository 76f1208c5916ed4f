package networth.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
    TextTable t = new TextTable("NAME", ">VALUE");
    t.row("=HYPERLINK(\"http://x\",\"click\")", "1");
    t.row("@SUM(A1:A9)", "2");
    t.row("+cmd|' /C calc'!A0", "3");
    t.row("-2+3+cmd|' /C calc'!A0", "4");
    t.row("\tTab", "5");
    t.row("\rReturn", "6");
    t.row("a = b", "7");

    assertThat(t.csv())
        .isEqualTo(
            """
            NAME,VALUE
            "'=HYPERLINK(""http://x"",""click"")",1
            '@SUM(A1:A9),2
            '+cmd|' /C calc'!A0,3
            '-2+3+cmd|' /C calc'!A0,4
            '\tTab,5
            "'\rReturn",6
            a = b,7
            """);
  }

  @Test
  void aNegativeNumberTheTableShowsOnPurposeStaysANumber() {
    TextTable t = new TextTable("CHANGE", "SHARE", "AMOUNT", "SIGNED");
    t.row("-3", "-12%", "-£1,200", "+4.5");
    t.row("-", "-x", "+", "-1e3");

    // A lone minus, and anything with a letter in it, may be read as a formula: quoted.
    assertThat(t.csv().lines())
        .containsExactly(
            "CHANGE,SHARE,AMOUNT,SIGNED", "-3,-12%,\"-£1,200\",+4.5", "'-,'-x,'+,'-1e3");
  }

  @Test
  void controlCharactersAreShownAsTheirEscapesAndTheColumnsStayAligned() {
    TextTable t = new TextTable("NAME", ">N");
    t.row("\u001b[31mRed", "1");
    t.row("two\nlines", "22");

    // "\u001b[31mRed" is shown as the 13 characters \u001b[31mRed, the widest cell.
    assertThat(t.render())
        .isEqualTo(
            """
            NAME            N
            \\u001b[31mRed   1
            two lines      22
            """);
  }

  @Test
  void markdownShowsMarkupAndEntitiesAsWritten() {
    TextTable t = new TextTable("NAME");
    t.row("<img src=x onerror=alert(1)> & &amp; | *b*");

    assertThat(t.markdown().lines())
        .containsExactly(
            "| NAME |", "| --- |", "| \\<img src=x onerror=alert(1)\\> \\& \\&amp; \\| \\*b\\* |");
  }
}
