package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shockfolio.TestFiles;
import io.shockfolio.domain.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The inputs in {@code io/shockfolio/corpus/fuzz/}: each is a readable form of an input the reader
 * fuzz tests found a bug with ({@link PortfolioReaderFuzzTest}, {@link ScenarioReaderFuzzTest},
 * {@link HistoryReaderFuzzTest}), named after what is wrong with it. Each test pins the outcome
 * now: the one-line message, or what is read.
 */
class FuzzFindingsTest {

  private static Path corpus(String name) {
    return TestFiles.resource("io/shockfolio/corpus/fuzz/" + name);
  }

  private static String portfolioError(String name) {
    return catchThrowableOfType(InputException.class,
        () -> PortfolioReader.read(corpus(name), name, PortfolioReader.Options.defaults())).getMessage();
  }

  private static String historyError(String name) {
    return catchThrowableOfType(InputException.class,
        () -> HistoryReader.read(corpus(name), HistoryReader.Options.defaults())).getMessage();
  }

  @Test
  void aNameThatSpansLinesIsQuotedBackOnOneLine() {
    // line 2 opens a quoted name, "APPLE<LF>INC", that ends on line 3; the row has no value
    assertThat(portfolioError("portfolio-name-spans-lines.csv")).isEqualTo(
        "portfolio-name-spans-lines.csv:2: found no value for 'APPLE INC'; expected a market value,"
            + " or a quantity and a price, or a weight with --total");
  }

  @Test
  void aHistoryWhoseHeaderIsSeparatorsOnlyIsRefusedOnThatLine() {
    // one line, ",": a header with two empty column names and nothing else
    assertThat(historyError("history-header-of-separators-only.csv")).isEqualTo(
        "history-header-of-separators-only.csv:1: the header has no column names; expected a header"
            + " such as Date,Close and one row per day");
  }
}
