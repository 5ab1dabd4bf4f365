package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Timing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios edited as a table, saved as files and run on a portfolio read once: what a desktop view does. */
class EditedScenarioTest {

  @TempDir
  Path tmp;

  private static final LocalDate EVENT = LocalDate.of(2025, 1, 27);

  @Test
  void aScenarioSavedIsReadBackAsItWas() {
    Scenario full = ScenarioCatalog.load("deepseek-2025-01-27-full");
    Path file = tmp.resolve("copy.csv");

    ScenarioCatalog.save(full, file);
    Scenario back = ScenarioCatalog.load(file.toString());

    assertThat(back).isEqualTo(full);
  }

  @Test
  void aScaledMoveIsSavedAsThePercentagePeopleWouldWrite() throws Exception {
    // -0.17 × 1.1 is -0.18700000000000003 in binary; the file says -18.7%
    Scenario scaled = ScenarioCatalog.load("deepseek-2025-01-27").scaled(1.1);
    Path file = tmp.resolve("scaled.csv");

    ScenarioCatalog.save(scaled, file);

    assertThat(Files.readString(file)).contains("\nNVDA,-18.7%,intraday,").contains("\nASML.AS,-11%,intraday,");
  }

  @Test
  void theTableOfAScenarioGivesTheSameScenarioBack() {
    Scenario headline = ScenarioCatalog.load("deepseek-2025-01-27");

    List<String[]> rows = ScenarioCatalog.rows(headline);

    assertThat(rows.get(0)).containsExactly("NVDA", "-17%", "intraday", headline.shocks().get(0).source(),
        headline.shocks().get(0).note());
    assertThat(ScenarioCatalog.fromTable(headline.name(), headline.date(), headline.description(), rows))
        .isEqualTo(headline);
  }

  @Test
  void anEditedMoveChangesTheResultByItsOwnAmount() {
    RunScenarios runner = new RunScenarios();
    Portfolio sample = runner.portfolio(Optional.empty(), RunScenarios.Reading.defaults(), Optional.empty());
    Scenario headline = ScenarioCatalog.load("deepseek-2025-01-27");
    List<String[]> rows = new ArrayList<>(ScenarioCatalog.rows(headline));
    rows.get(2)[1] = "-20%"; // ASML.AS, -10% as reported

    Scenario edited = ScenarioCatalog.fromTable(headline.name(), EVENT, "", rows);
    ScenarioResult before = runner.run(sample, List.of(headline), RunScenarios.Settings.defaults()).get(0);
    ScenarioResult after = runner.run(sample, List.of(edited), RunScenarios.Settings.defaults()).get(0);

    // sample portfolio: ASML.AS 14,462.00 EUR; -10% gives -1,446.20, -20% gives -2,892.40, so the
    // total -4,411.31 (README) falls by another 1,446.20 to -5,857.51
    assertThat(before.pnl()).isEqualTo(-4_411.31);
    assertThat(after.pnl()).isEqualTo(-5_857.51);
  }

  @Test
  void aBadCellNamesTheRowAndColumnOfTheTable() {
    List<String[]> rows = List.of(
        new String[] {"NVDA", "-17%", "close", "heise", ""},
        new String[] {"ASML.AS", "minus ten", "close", "The Market", ""},
        new String[] {"AVGO", "-17%", "sometime", "heise", ""});

    assertThatThrownBy(() -> ScenarioCatalog.fromTable("edited", EVENT, "", rows))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.problems().get(0).file()).isEqualTo("shock table");
          assertThat(e.problems().get(0).line()).isEqualTo(2);
          assertThat(e.problems().get(0).column()).isEqualTo(2);
          assertThat(e.problems().get(1).line()).isEqualTo(3);
          assertThat(e.problems().get(1).column()).isEqualTo(3);
        });
  }

  @Test
  void blankRowsAreSkippedAndARepeatedTargetIsRefused() {
    List<String[]> rows = List.of(
        new String[] {"NVDA", "-17%", "close", "heise", ""},
        new String[] {"", "", "", "", ""},
        new String[] {"NVDA", "-12%", "pre-market", "heise", ""});

    assertThatThrownBy(() -> ScenarioCatalog.fromTable("edited", EVENT, "", rows))
        .isInstanceOfSatisfying(InputException.class, e -> {
          // the blank row is dropped before checking, so the repeat is the table's second row
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("target NVDA already has a move on line");
          });
        });
    Scenario one = ScenarioCatalog.fromTable("edited", EVENT, "",
        List.of(rows.get(0), rows.get(1)));
    assertThat(one.shocks()).singleElement().satisfies(s -> {
      assertThat(s.move()).isEqualTo(-0.17);
      assertThat(s.measured()).isEqualTo(Timing.CLOSE);
    });
  }

  @Test
  void aFolderListsItsScenarioFilesSorted() throws Exception {
    Files.writeString(tmp.resolve("b.csv"), "x");
    Files.writeString(tmp.resolve("a.CSV"), "x");
    Files.writeString(tmp.resolve("notes.txt"), "x");
    Files.createDirectory(tmp.resolve("dir.csv"));

    assertThat(ScenarioCatalog.inFolder(tmp)).extracting(p -> p.getFileName().toString())
        .containsExactly("a.CSV", "b.csv");
    assertThatThrownBy(() -> ScenarioCatalog.inFolder(tmp.resolve("missing")))
        .isInstanceOf(InputException.class).hasMessageContaining("expected a folder of scenario files");
  }
}
