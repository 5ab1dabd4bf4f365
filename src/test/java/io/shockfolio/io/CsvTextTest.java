package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void aCellStartingWithEachOfTheSixFormulaCharactersGetsAnApostrophe() {
    assertThat(CsvText.text("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(CsvText.text("+cmd")).isEqualTo("'+cmd");
    assertThat(CsvText.text("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvText.text("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    assertThat(CsvText.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvText.text("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void otherTextIsLeftAsItIs() {
    for (String s : List.of("", "NVDA", "a=b", "Siemens Energy", "'quoted'", "'", "2025-01-27", "EUR", "#1")) {
      assertThat(CsvText.text(s)).as(s).isEqualTo(s);
    }
  }

  @Test
  void apostrophesBeforeAFormulaGetOneMoreSoThatTheMarkIsNeverAmbiguous() {
    assertThat(CsvText.text("'=X")).isEqualTo("''=X");
    assertThat(CsvText.text("''+1")).isEqualTo("'''+1");
  }

  @Test
  void restoreTakesOffExactlyTheMarkTextPutOn() {
    for (String s : List.of("=X", "'=X", "''=X", "+1", "-17%", "@a", "\tx", "'quoted'", "'", "''", "plain", "")) {
      assertThat(CsvText.restore(CsvText.text(s))).as(s).isEqualTo(s);
    }
    // a cell text would not have written is read as it is
    assertThat(CsvText.restore("'quoted'")).isEqualTo("'quoted'");
    assertThat(CsvText.restore("'=X")).isEqualTo("=X");
  }

  @Test
  void aFormulaAfterASeparatorIsFoundInEitherSpreadsheetLocale() {
    assertThat(CsvText.hasFormulaAfterSeparator("# name: a,=cmd")).isTrue();
    assertThat(CsvText.hasFormulaAfterSeparator("# name: a; \"@SUM(1)\"")).isTrue();
    assertThat(CsvText.hasFormulaAfterSeparator("# name: a\t+1")).isTrue();
    // the first cell starts with #; a comma before a word is no formula
    assertThat(CsvText.hasFormulaAfterSeparator("# name: =cmd")).isFalse();
    assertThat(CsvText.hasFormulaAfterSeparator(
        "# description: DeepSeek Monday (R1 release): the four headline moves, as the news reported them")).isFalse();
  }
}
