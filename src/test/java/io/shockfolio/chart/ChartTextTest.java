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
  void subtitleUsesTheLocale() {
    // total -1,510 of 17,000 = -8.88%
    assertThat(ChartText.subtitle(Results.small(), Locale.GERMANY))
        .isEqualTo("Total P&L -1.510 EUR (-8,88%) · model none");
  }
}
