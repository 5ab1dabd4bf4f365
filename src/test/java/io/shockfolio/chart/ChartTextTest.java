package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTextTest {

  @Test
  void cutsLabelsLongerThanTwentyTwoCharacters() {
    assertThat(ChartText.truncate("iShares Core MSCI World UCITS ETF", 22))
        .isEqualTo("iShares Core MSCI Wor…")
        .hasSize(22);
    assertThat(ChartText.truncate("Exactly twenty-two ch.", 22)).isEqualTo("Exactly twenty-two ch.");
  }

  @Test
  void numbersLabelsThatWouldRepeat() {
    // the two long names only differ after the cut, so both get their row appended, and are cut
    // further to leave room for it: 22 - " #2".length() = 19 characters, the last being "…"
    List<String> labels = ChartText.uniqueLabels(List.of(
        "ASML", "Vanguard FTSE All-World A", "NVDA", "Vanguard FTSE All-World B", "ASML"));

    assertThat(labels).containsExactly(
        "ASML #1", "Vanguard FTSE All-… #2", "NVDA", "Vanguard FTSE All-… #4", "ASML #5");
    assertThat(labels).doesNotHaveDuplicates().allMatch(l -> l.length() <= ChartText.MAX_LABEL_LENGTH);
  }

  @Test
  void cutsAtTheGivenLengthWhenAsked() {
    // "Semiconductor equipment" is 23 characters: over the holdings' 22, under the sectors' 40.
    // At 22 each keeps its first 21 characters and "…"
    List<String> raw = List.of("Semiconductor equipment",
        "Information Technology Hardware and Components"); // 46 characters

    assertThat(ChartText.uniqueLabels(raw)).containsExactly(
        "Semiconductor equipme…", "Information Technolog…");
    // at 40: the 46-character name keeps its first 39, "Information Technology Hardware and Com",
    // and "…"
    assertThat(ChartText.uniqueLabels(raw, 40)).containsExactly(
        "Semiconductor equipment", "Information Technology Hardware and Com…");
    assertThat(ChartText.uniqueLabels(raw, 40).get(1)).hasSize(40);
  }

  @Test
  void numbersRepeatsWithinTheGivenLength() {
    // both cut to the same 40 characters, so each gets its row appended and is cut to
    // 40 - " #1".length() = 37: the first 36 characters end in a space, which is dropped, then "…"
    String a = "Information Technology Hardware and Components A";
    String b = "Information Technology Hardware and Components B";

    assertThat(ChartText.uniqueLabels(List.of(a, b), 40)).containsExactly(
        "Information Technology Hardware and… #1", "Information Technology Hardware and… #2");
  }

  @Test
  void subtitleUsesTheLocale() {
    // total -1,510 of 17,000 = -8.88%
    assertThat(ChartText.subtitle(Results.small(), Locale.GERMANY))
        .isEqualTo("Total P&L -1.510 EUR (-8,88%) · the scenario's shocks as written, no estimates");
  }

  @Test
  void spellsOutModelNoneAndNamesTheOthers() {
    assertThat(ChartText.method("none")).isEqualTo("the scenario's shocks as written, no estimates");
    assertThat(ChartText.method("beta")).isEqualTo("model beta");
  }

  @Test
  void sourcesAreCutAtTheirFirstCommaOrParenthesisAndNotRepeated() {
    // the headline scenario's sources, as in scenarios/deepseek-2025-01-27.csv
    assertThat(ChartText.shortSource("heise+, \"Wie Deepseek die KI-Szene aufmischt\" (Jan 2025)")).isEqualTo("heise+");
    assertThat(ChartText.shortSource("\"Chinas KI-Blockbuster\" (German-language report, Jan 2025)"))
        .isEqualTo("Chinas KI-Blockbuster");
    assertThat(ChartText.shortSource("The Market (themarket.ch), DeepSeek report")).isEqualTo("The Market");

    io.shockfolio.domain.Scenario s = io.shockfolio.domain.Scenario.of("x", java.time.LocalDate.of(2025, 1, 27), "",
        List.of(shock("NVDA", "heise+, report"), shock("AVGO", "The Market (themarket.ch)"),
            shock("ASML", "The Market (themarket.ch), again")));
    io.shockfolio.domain.ScenarioResult r = Results.build("demo", s, List.of());
    assertThat(ChartText.sources(List.of(r))).isEqualTo("Sources: heise+ · The Market");
  }

  @Test
  void manySourcesAreCountedBeyondTheLineLength() {
    // 12 sources of 20 characters: "Sources: " (9) and 4 sources with their 3 separators of 3 make
    // 9 + 80 + 9 = 98 characters; a fifth with " · 7 more" after it would make 98 + 3 + 20 + 9 = 130,
    // over 110, so the line ends after 4 with " · 8 more": 98 + 9 = 107
    List<io.shockfolio.domain.Shock> shocks = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      shocks.add(shock("T" + i, String.format("Newspaper number %03d", i)));
    }
    io.shockfolio.domain.Scenario s = io.shockfolio.domain.Scenario.of("x", java.time.LocalDate.of(2025, 1, 27), "",
        shocks);
    String line = ChartText.sources(List.of(Results.build("demo", s, List.of())));
    assertThat(line).startsWith("Sources: Newspaper number 000 · Newspaper number 001").endsWith(" · 8 more");
    assertThat(line.length()).isLessThanOrEqualTo(ChartText.MAX_SOURCE_LENGTH);
  }

  @Test
  void aChartIsTitledWithPortfolioScenarioSourcesAndMethod() {
    org.jfree.chart.JFreeChart chart = new org.jfree.chart.JFreeChart(new org.jfree.chart.plot.XYPlot());
    io.shockfolio.domain.Scenario s = io.shockfolio.domain.Scenario.of("deepseek-2025-01-27",
        java.time.LocalDate.of(2025, 1, 27), "", List.of(shock("NVDA", "heise+, report")));

    ChartText.titled(chart, Results.build("demo", s, List.of()), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    assertThat(((org.jfree.chart.title.TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("Source: heise+");
    assertThat(((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText())
        .isEqualTo("Total P&L 0.00 EUR (0.00%) · the scenario's shocks as written, no estimates");
  }

  private static io.shockfolio.domain.Shock shock(String symbol, String source) {
    return io.shockfolio.domain.Shock.of(io.shockfolio.domain.ShockTarget.symbol(symbol), -0.1, source);
  }
}
