package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.TestFiles;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

  // Line numbers in the expected messages are physical lines of the fixture files: in the
  // one-metadata-line fixtures, line 1 is "# date", line 2 the header, line 3 the first shock.

  private static Scenario read(String name) {
    Path p = TestFiles.resource("io/shockfolio/scenario/" + name);
    return ScenarioReader.read(p, name);
  }

  private static String error(String name) {
    Path p = TestFiles.resource("io/shockfolio/scenario/" + name);
    try {
      ScenarioReader.read(p, name);
    } catch (InputException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an InputException for " + name);
  }

  @Test
  void readsMetadataAndEveryMoveSpelling() {
    Scenario s = read("scenario-every-move-spelling.csv");

    assertThat(s.name()).isEqualTo("hand-written");
    assertThat(s.date()).isEqualTo(LocalDate.of(2025, 1, 27));
    assertThat(s.description()).isEqualTo("moves written every way a person writes them");
    assertThat(s.shocks()).extracting(Shock::target).containsExactly(
        ShockTarget.symbol("NVDA"), ShockTarget.symbol("AVGO"), ShockTarget.symbol("ASML.AS"),
        ShockTarget.isin("DE000ENER6Y0"), ShockTarget.sector("Utilities"), ShockTarget.currency("USD"),
        ShockTarget.all());
    // -17% -> -0.17; "−17 %" (U+2212, space) -> -0.17; -0.10 is already a fraction
    assertThat(s.shocks()).extracting(Shock::move)
        .containsExactly(-0.17, -0.17, -0.10, -0.19, -0.05, -0.01, -0.01);
    assertThat(s.shocks().get(0).measured()).isEqualTo(Timing.INTRADAY);
    assertThat(s.shocks().get(1).note()).isEqualTo("Unicode minus and a space");
    assertThat(s.shocks().get(2).source()).isEqualTo("The Market");
  }

  @Test
  void readsSemicolonFilesWithDecimalComma() {
    Scenario s = read("scenario-semicolon-decimal-comma.csv");
    // "-8,9%" in a semicolon file is -8.9% = -0.089
    assertThat(s.shocks().get(0).move()).isCloseTo(-0.089, within(1e-12));
    assertThat(s.name()).isEqualTo("scenario-semicolon-decimal-comma");
  }

  @Test
  void refusesAMoveAtMinus100() {
    assertThat(error("scenario-shock-at-minus-100.csv")).isEqualTo(
        "scenario-shock-at-minus-100.csv:3: column 2 'move': found '-100%', expected a move above -100%"
            + " (a price cannot fall below zero)");
  }

  @Test
  void refusesAMoveBelowMinus100() {
    assertThat(error("scenario-shock-below-minus-100.csv")).startsWith(
        "scenario-shock-below-minus-100.csv:3: column 2 'move': found '-120%', expected a move above -100%");
  }

  @Test
  void refusesAMoveAbove100UnlessMarkedIntended() {
    assertThat(error("scenario-shock-above-100-not-intended.csv")).isEqualTo(
        "scenario-shock-above-100-not-intended.csv:3: column 2 'move': found '17', expected at most +100%;"
            + " if the move is meant, put yes in an 'intended' column (a move written without % is a fraction:"
            + " 17 means +1700%)");
    Scenario ok = read("scenario-shock-above-100-intended.csv");
    assertThat(ok.shocks().get(0).move()).isEqualTo(1.5);
    assertThat(ok.shocks().get(0).intended()).isTrue();
  }

  @Test
  void refusesTheSameTargetTwice() {
    assertThat(error("scenario-duplicate-target.csv")).isEqualTo(
        "scenario-duplicate-target.csv:4: column 1 'target': target NVDA already has a move on line 3;"
            + " expected each target once (put conflicting reports in separate scenario files)");
  }

  @Test
  void recognisesAPortfolioGivenAsScenario() {
    assertThat(error("scenario-is-really-a-portfolio.csv")).isEqualTo(
        "scenario-is-really-a-portfolio.csv:1: expected the header 'target,move,measured,source,note' but found"
            + " 'Symbol,ISIN,Name,Quantity,Price,Currency' (missing: target, move, measured, source)."
            + " This looks like a portfolio file; give it with --portfolio.");
  }

  @Test
  void requiresTheEventDate() {
    assertThat(error("scenario-missing-date.csv")).isEqualTo(
        "scenario-missing-date.csv: no '# date: YYYY-MM-DD' line; expected the event date at the top");
  }

  @Test
  void collectsEveryBadCellOfARow() {
    assertThatThrownBy(() -> read("scenario-bad-cells.csv"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Object::toString).containsExactly(
            "scenario-bad-cells.csv:3: column 2 'move': found 'minus a lot', expected a move such as -17% or -0.17",
            "scenario-bad-cells.csv:3: column 3 'measured': found 'sometime', expected close, intraday or pre-market",
            "scenario-bad-cells.csv:3: column 4 'source': is empty; expected who reported the move, e.g. an outlet"
                + " and article"));
  }

  @Test
  void namesAnUnclosedQuoteByLine() {
    String text = "# date: 2025-01-27\ntarget,move,measured,source\nNVDA,-17%,close,\"heise\n";
    assertThatThrownBy(() -> ScenarioReader.parse(text, "open-quote.csv", "x"))
        .isInstanceOf(InputException.class)
        .hasMessage("open-quote.csv:3: a quoted field is never closed; expected a closing \" before the end of"
            + " the file");
  }
}
