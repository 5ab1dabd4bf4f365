package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVParserBuilder;
import com.opencsv.ICSVParser;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {

  /** A scenario whose every text would run as a formula in a spreadsheet, or looks like the mark against it. */
  private static final Scenario HOSTILE = Scenario.of("a,=cmd", LocalDate.of(2025, 1, 27), "=HYPERLINK(\"x\"); -1",
      List.of(new Shock(ShockTarget.symbol("=X"), -0.17, Timing.CLOSE, "=HYPERLINK(\"http://evil\")", "@note", false),
          new Shock(ShockTarget.symbol("'=Y"), -0.05, Timing.INTRADAY, "+source", "-note", false),
          new Shock(ShockTarget.sector("Software"), -0.03, Timing.CLOSE, "my guess", "'quoted'", false)));

  @Test
  void textThatWouldRunAsAFormulaIsMarkedAndMovesStayNumbers() {
    String text = ScenarioWriter.write(HOSTILE);

    // '# name: a,=cmd' split at the comma would give a cell =cmd: the line is one quoted field;
    // the description's '; -1' likewise; cells get one apostrophe, one more before an apostrophe
    assertThat(text).isEqualTo("""
        "# name: a,=cmd"
        # date: 2025-01-27
        "# description: =HYPERLINK(""x""); -1"
        target,move,measured,source,note
        '=X,-17%,close,"'=HYPERLINK(""http://evil"")",'@note
        ''=Y,-5%,intraday,'+source,'-note
        sector:Software,-3%,close,my guess,'quoted'
        """);
  }

  @Test
  void aSpreadsheetFindsNoFormulaWhicheverSeparatorItSplitsAt() throws Exception {
    String text = ScenarioWriter.write(HOSTILE);

    for (char separator : new char[] {',', ';'}) {
      ICSVParser parser = new CSVParserBuilder().withSeparator(separator).build();
      for (String line : text.lines().toList()) {
        for (String cell : parser.parseLine(line)) {
          // a move such as -17% is a number to a spreadsheet, not a formula
          if (!cell.matches("-?[0-9.]+%")) {
            assertThat(cell).as(line).doesNotMatch("(?s)^[=+\\-@\t\r].*");
          }
        }
      }
    }
  }

  @Test
  void theFileReadsBackAsTheScenarioItWasWrittenFrom() {
    Scenario back = ScenarioReader.parse(ScenarioWriter.write(HOSTILE), "hostile.csv", "hostile");

    assertThat(back).isEqualTo(HOSTILE);
    assertThat(back.name()).isEqualTo("a,=cmd");
    assertThat(back.shocks().get(1).target()).isEqualTo(ShockTarget.symbol("'=Y"));
    assertThat(back.shocks().get(2).note()).isEqualTo("'quoted'");
  }
}
