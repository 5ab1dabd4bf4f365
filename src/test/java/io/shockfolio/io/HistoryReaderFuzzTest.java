package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shockfolio.domain.PriceHistory;

/**
 * Fuzzes {@link HistoryReader#read} with arbitrary bytes; see {@link FuzzContract} for what is
 * allowed. A history that is read has at least one series (each series checks its own dates and
 * prices when built). Without {@code JAZZER_FUZZ} it replays the seeds and past findings in
 * {@code HistoryReaderFuzzTestInputs/readsOrRefusesWithALine/}.
 */
class HistoryReaderFuzzTest {

  // words the readers look for, so the fuzzer need not guess them byte by byte (no line ends:
  // Jazzer 0.30.0 writes them unescaped into the libFuzzer dictionary, which then fails to parse)
  @DictionaryEntries({
      "Date", "Close", "Adj Close", "Close/Last", "Open", "High", "Low", "Volume", "Symbol",
      "Ticker", "Price", "2025-01-27", "27/01/2025", "01/27/2025", "27.01.2025", "1.234,56", "$",
      "NVDA", "Quantity", "ISIN", "\"\""})
  @FuzzTest(maxDuration = "30s")
  void readsOrRefusesWithALine(byte[] input) {
    PriceHistory h = FuzzContract.read(input, f -> HistoryReader.read(f, HistoryReader.Options.defaults()));
    if (h != null) {
      assertThat(h.series()).as("series of a history read without error").isNotEmpty();
    }
  }
}
