package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Portfolio;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes {@link PortfolioReader#read} with arbitrary bytes, once failing on bad rows and once
 * skipping them; see {@link FuzzContract} for what is allowed. A portfolio that is read has
 * holdings, each from lines of the file. Without {@code JAZZER_FUZZ} it replays the seeds and
 * past findings in {@code PortfolioReaderFuzzTestInputs/readsOrRefusesWithALine/}.
 */
class PortfolioReaderFuzzTest {

  private static final List<PortfolioReader.Options> OPTIONS = List.of(
      PortfolioReader.Options.defaults(),
      new PortfolioReader.Options(Map.of(), Double.NaN, "", true));

  // words the readers look for, so the fuzzer need not guess them byte by byte (no line ends:
  // Jazzer 0.30.0 writes them unescaped into the libFuzzer dictionary, which then fails to parse)
  @DictionaryEntries({
      "Symbol", "Ticker", "ISIN", "Name", "Quantity", "Shares", "Price", "Market Value", "Value",
      "Weight (%)", "Currency", "Asset Class", "Sector", "Aantal", "Slotkoers", "Lokale waarde",
      "Waarde in EUR", "Summe", "Total", "Cash", "Date", "Close", "Order ID", "EUR", "USD", "$",
      "\u20ac", "US0378331005", "1.234,56", "1,234.56", "-", "NA", "%", "\"\""})
  @FuzzTest(maxDuration = "30s")
  void readsOrRefusesWithALine(byte[] input) {
    for (PortfolioReader.Options options : OPTIONS) {
      Path[] file = new Path[1];
      Portfolio p = FuzzContract.read(input, f -> PortfolioReader.read(file[0] = f, FuzzContract.FILE, options));
      if (p != null) {
        int lines = FuzzContract.physicalLines(file[0]);
        assertThat(p.holdings()).as("holdings of a portfolio read without error").isNotEmpty();
        for (Holding h : p.holdings()) {
          assertThat(h.lines()).as("lines of %s", h.label()).isNotEmpty().allSatisfy(
              l -> assertThat(l).isBetween(1, lines));
        }
      }
    }
  }
}
