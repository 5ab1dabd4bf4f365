package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shockfolio.domain.Scenario;

/**
 * Fuzzes {@link ScenarioReader#read} with arbitrary bytes; see {@link FuzzContract} for what is
 * allowed. A scenario that is read has a date (its {@code # date:} line is required). Without
 * {@code JAZZER_FUZZ} it replays the seeds and past findings in
 * {@code ScenarioReaderFuzzTestInputs/readsOrRefusesWithALine/}.
 */
class ScenarioReaderFuzzTest {

  // words the readers look for, so the fuzzer need not guess them byte by byte (no line ends:
  // Jazzer 0.30.0 writes them unescaped into the libFuzzer dictionary, which then fails to parse)
  @DictionaryEntries({
      "# date: 2025-01-27", "# name: ", "# description: ",
      "target,move,measured,source,note,intended", "target", "move", "measured", "source", "note",
      "intended", "isin:", "sector:", "currency:", "*", "-17%", "-0.17", "\u2212", "close",
      "intraday", "pre-market", "yes", "quantity", "\"\""})
  @FuzzTest(maxDuration = "30s")
  void readsOrRefusesWithALine(byte[] input) {
    Scenario s = FuzzContract.read(input, f -> ScenarioReader.read(f, FuzzContract.FILE));
    if (s != null) {
      assertThat(s.date()).as("date of a scenario read without error").isNotNull();
    }
  }
}
