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
}
