package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.io.HistoryReader.Options;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HistoryReader against excerpts of the real files of {@code shared/data/prices} (in
 * {@code src/test/resources/io/shockfolio/io/history/real/} and {@code …/history/two-tickers/}, each
 * made with the command quoted at its test) and against fixtures written from the layouts
 * {@code shared/data/README.md} describes, each named after what is odd about it. Expected prices
 * are copied by hand from the fixture's text, at the line named next to them.
 */
class HistoryReaderTest {

  private static final double EXACT = 1e-12;

  // ---- the real files ------------------------------------------------------------------------

  @Nested
  class RealFiles {

    @Test
    void yahooWithSymbolColumnUsesAdjustedClose() {
      // head -30 yf_nasdaq100_NVDA_2020-2026.csv
      PriceHistory h = read("real/yf_nasdaq100_NVDA_2020-2026_first30lines.csv");

      PriceSeries nvda = only(h);
      assertThat(nvda.ticker()).isEqualTo("NVDA"); // from the Symbol column, not the file name
      assertThat(nvda.size()).isEqualTo(29); // lines 2-30
      assertThat(nvda.dates().get(0)).isEqualTo(LocalDate.of(2020, 1, 2));
      assertThat(nvda.dates().get(28)).isEqualTo(LocalDate.of(2020, 2, 12));
      assertThat(nvda.column()).isEqualTo("Adj Close");
      // line 2, column 7 'Adj Close' (the Close beside it is 5.9977498054504395)
      assertThat(nvda.closes()[0]).isEqualTo(5.9707536697387695);
      // line 30, column 7
      assertThat(nvda.closeOn(LocalDate.of(2020, 2, 12))).isEqualTo(6.782833099365234);
      assertThat(nvda.source()).isEqualTo("yf_nasdaq100_NVDA_2020-2026_first30lines.csv");
      assertThat(h.notes()).containsExactly(
          "yf_nasdaq100_NVDA_2020-2026_first30lines.csv: prices from column 'Adj Close'");
    }

    @Test
    void wideTableWithEmptyCellsBeforeAListing() {
      // (sed -n 1,4p sp500_adjclose_2015-2025.csv; grep -E '^2025-01-(2[3-9])' sp500_adjclose_2015-2025.csv)
      //   | cut -d, -f1,3,5,343,416,504,505
      PriceHistory h = read("real/sp500_adjclose_2015-2025_excerpt.csv");

      assertThat(h.series()).extracting(PriceSeries::ticker)
          .containsExactly("AAPL", "ABNB", "NVDA", "SPY", "QQQ", "SOXX");
      assertThat(h.get("AAPL").orElseThrow().size()).isEqualTo(8);
      // ABNB (listed 2020), QQQ and SOXX (in the table from 2020) have empty cells on lines 2-4
      for (String t : new String[] {"ABNB", "QQQ", "SOXX"}) {
        PriceSeries s = h.get(t).orElseThrow();
        assertThat(s.size()).as(t).isEqualTo(5);
        assertThat(s.dates().get(0)).as(t).isEqualTo(LocalDate.of(2025, 1, 23));
      }
      PriceSeries nvda = h.get("nvda").orElseThrow();
      assertThat(nvda.column()).isEqualTo("NVDA");
      assertThat(nvda.dates().get(0)).isEqualTo(LocalDate.of(2015, 1, 2));
      assertThat(nvda.dates().get(7)).isEqualTo(LocalDate.of(2025, 1, 29));
      assertThat(nvda.closeOn(LocalDate.of(2025, 1, 24))).isEqualTo(142.581); // line 6
      assertThat(nvda.closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(118.388); // line 7
      assertThat(nvda.closeOn(LocalDate.of(2025, 1, 25))).isNaN(); // a Saturday: no row
      // shared/data/README.md measured NVDA -16.97% from the 24 Jan to the 27 Jan close
      assertThat(118.388 / 142.581 - 1).isCloseTo(-0.1697, within(0.00005));
      assertThat(h.notes()).containsExactly(
          "sp500_adjclose_2015-2025_excerpt.csv: a wide table; prices of 6 ticker(s), one column each");
    }

    @Test
    void forwardFilledRowWithVolumeZeroIsDropped() {
      // (sed -n 1p yf_adj_VST_2015-2025.csv; sed -n 34,40p yf_adj_VST_2015-2025.csv): line 6 of the
      // excerpt (38 of the file), 2016-11-25, repeats line 5's close 10.268771171569824 with volume 0.0
      PriceHistory h = read("real/yf_adj_VST_2015-2025_lines34-40.csv");

      PriceSeries vst = only(h);
      assertThat(vst.ticker()).isEqualTo("YF_ADJ_VST_2015-2025_LINES34-40"); // no Symbol column: the file name
      assertThat(vst.column()).isEqualTo("Close");
      assertThat(vst.size()).isEqualTo(6);
      assertThat(vst.dates()).doesNotContain(LocalDate.of(2016, 11, 25));
      assertThat(vst.closeOn(LocalDate.of(2016, 11, 23))).isEqualTo(10.268771171569824); // line 5
      assertThat(vst.closeOn(LocalDate.of(2016, 11, 28))).isEqualTo(10.378792762756348); // line 7
      assertThat(h.notes()).containsExactly(
          "yf_adj_VST_2015-2025_lines34-40.csv: prices from column 'Close'; no Symbol column, so the ticker"
              + " YF_ADJ_VST_2015-2025_LINES34-40 is the file name",
          "yf_adj_VST_2015-2025_lines34-40.csv: dropped 1 filler row(s) that repeat the previous close with"
              + " volume 0 (line 6)");
    }

    @Test
    void folderOfTwoPerTickerFilesNamedByTheirFiles() {
      // two-tickers/SMH.csv: (sed -n 1p SMH_daily_2024-12_2025-06.csv; sed -n 28,33p SMH_daily_2024-12_2025-06.csv)
      // two-tickers/SPY.csv: (sed -n 1p yf_adj_SPY_2015-2025.csv; sed -n 2530,2535p yf_adj_SPY_2015-2025.csv)
      // two-tickers/README.txt is not a .csv and is not read
      PriceHistory h = HistoryReader.read(resource("two-tickers"), Options.defaults());

      assertThat(h.series()).extracting(PriceSeries::ticker).containsExactly("SMH", "SPY"); // by file name
      PriceSeries smh = h.get("SMH").orElseThrow();
      PriceSeries spy = h.get("SPY").orElseThrow();
      assertThat(smh.column()).isEqualTo("close"); // lower-case header, kept as written
      assertThat(spy.column()).isEqualTo("Close");
      assertThat(smh.size()).isEqualTo(6);
      assertThat(spy.size()).isEqualTo(6);
      assertThat(smh.dates().get(0)).isEqualTo(LocalDate.of(2025, 1, 22));
      assertThat(spy.dates().get(5)).isEqualTo(LocalDate.of(2025, 1, 29));
      assertThat(smh.closeOn(LocalDate.of(2025, 1, 24))).isEqualTo(261.5299987792969); // SMH.csv line 4
      assertThat(smh.closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(235.80999755859375); // line 5
      assertThat(spy.closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(592.4132080078125); // SPY.csv line 5
      assertThat(smh.source()).isEqualTo("SMH.csv");
      // shared/data/README.md: SMH -9.83% on 27 Jan 2025
      assertThat(235.80999755859375 / 261.5299987792969 - 1).isCloseTo(-0.0983, within(0.00005));
      assertThat(h.notes()).containsExactly(
          "SMH.csv: prices from column 'close'; no Symbol column, so the ticker SMH is the file name",
          "SPY.csv: prices from column 'Close'; no Symbol column, so the ticker SPY is the file name");
    }

    /** The whole 10 MB table, when shared/data is there (it is not needed by the default run). */
    @Test
    void wholeWideTableWhenSharedDataIsPresent() {
      Path wide = Path.of("../shared/data/prices/sp500_adjclose_2015-2025.csv");
      assumeTrue(Files.isRegularFile(wide), "shared/data is not next to the project");

      PriceHistory h = HistoryReader.read(wide, Options.defaults());

      // head -1 sp500_adjclose_2015-2025.csv | tr ',' '\n' | wc -l gives 505 columns: Date and 504 tickers
      assertThat(h.series()).hasSize(504);
      assertThat(h.get("AAPL").orElseThrow().size()).isEqualTo(2765); // wc -l gives 2766 lines
      assertThat(h.get("NVDA").orElseThrow().closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(118.388);
      assertThat(h.get("QQQ").orElseThrow().dates().get(0).getYear()).isEqualTo(2020);
    }
  }

  // ---- layouts -------------------------------------------------------------------------------

  @Nested
  class Layouts {

    @Test
    void yfinanceThreeLineHeaderWithTwoTickers() {
      PriceHistory h = read("yfinance-three-line-header-two-tickers.csv");

      assertThat(h.series()).extracting(PriceSeries::ticker).containsExactly("AAPL", "BTC-USD"); // line 2
      PriceSeries aapl = h.get("AAPL").orElseThrow();
      PriceSeries btc = h.get("BTC-USD").orElseThrow();
      // AAPL's cells are empty on the weekend rows (lines 5-6); bitcoin trades every day
      assertThat(aapl.dates()).containsExactly(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 27));
      assertThat(btc.size()).isEqualTo(4);
      assertThat(aapl.closes()).containsExactly(222.78, 229.86); // lines 4 and 7, column 2
      assertThat(btc.closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(102087.6875); // line 7, column 3
      assertThat(btc.column()).isEqualTo("Close");
      assertThat(h.notes()).containsExactly(
          "yfinance-three-line-header-two-tickers.csv: prices from column 'Close' (yfinance three-line header)");
    }

    @Test
    void yfinanceThreeLineHeaderPrefersAdjClose() {
      PriceHistory h = read("yfinance-three-line-header-adj-close.csv");

      PriceSeries nvda = only(h);
      assertThat(nvda.ticker()).isEqualTo("NVDA");
      assertThat(nvda.column()).isEqualTo("Adj Close");
      assertThat(nvda.closes()).containsExactly(147.1846, 142.5850, 118.3881); // column 2, lines 4-6
    }

    @Test
    void nasdaqDownloadNewestFirstWithDollarsAndMonthFirstDates() {
      PriceHistory h = read("nasdaq-download-newest-first.csv");

      PriceSeries s = only(h);
      assertThat(s.ticker()).isEqualTo("NASDAQ-DOWNLOAD-NEWEST-FIRST");
      assertThat(s.column()).isEqualTo("Close/Last");
      // 01/29/2025 (line 2) down to 01/23/2025 (line 6), read oldest first
      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 1, 24),
          LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29));
      assertThat(s.closes()).containsExactly(147.22, 142.62, 118.42, 128.99, 123.70); // "$147.22" … "$123.70"
      assertThat(h.notes()).containsExactly("nasdaq-download-newest-first.csv: prices from column 'Close/Last';"
          + " no Symbol column, so the ticker NASDAQ-DOWNLOAD-NEWEST-FIRST is the file name");
    }

    @Test
    void dayFirstDatesWithBomAndCrlf() throws IOException {
      byte[] bytes = Files.readAllBytes(resource("dd-mm-yyyy-bom-crlf.csv"));
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

      PriceSeries s = only(read("dd-mm-yyyy-bom-crlf.csv"));

      // 23/01/2025 … 28/01/2025: 23 > 12 tells day first
      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 1, 24),
          LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28));
      assertThat(s.closeOn(LocalDate.of(2025, 1, 27))).isEqualTo(640.10); // line 4
      assertThat(s.column()).isEqualTo("Close");
    }

    @Test
    void semicolonDecimalCommaAndDotDates() {
      PriceSeries s = only(read("semicolon-decimal-comma-dot-dates.csv"));

      assertThat(s.column()).isEqualTo("Schlusskurs");
      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 27),
          LocalDate.of(2025, 1, 28));
      assertThat(s.closes()).containsExactly(1234.56, 1111.10, 987.65); // "1.234,56", "1.111,10", "987,65"
    }

    @Test
    void symbolColumnWithTwoTickersAndANullRow() {
      PriceHistory h = read("symbol-column-two-tickers.csv");

      assertThat(h.series()).extracting(PriceSeries::ticker).containsExactly("NVDA", "AVGO");
      assertThat(h.get("NVDA").orElseThrow().closes()).containsExactly(142.62, 118.42); // lines 2, 4
      assertThat(h.get("AVGO").orElseThrow().closes()).containsExactly(236.37, 195.26, 207.84); // lines 3, 5, 7
      assertThat(h.notes()).containsExactly(
          "symbol-column-two-tickers.csv: prices from column 'Close'",
          "symbol-column-two-tickers.csv: 1 row(s) of NVDA without a price in 'Close' skipped (line 6)");
    }

    @Test
    void wideColumnWithoutAnyPriceIsSkippedWithANote() {
      PriceHistory h = read("wide-column-without-prices.csv");

      assertThat(h.series()).extracting(PriceSeries::ticker).containsExactly("AAPL", "MSFT");
      // line 4 (2025-01-25) has a date and no price at all: fine, no price that day
      assertThat(h.get("MSFT").orElseThrow().closes()).containsExactly(446.20, 444.06, 434.56);
      assertThat(h.notes()).containsExactly(
          "wide-column-without-prices.csv: a wide table; prices of 2 ticker(s), one column each",
          "wide-column-without-prices.csv: 1 ticker(s) without a single price skipped: DELISTED");
    }

    @Test
    void wideTableDateTwiceNamesTheTickersThatDisagree() {
      String text = "Date,AAPL,MSFT,NVDA\n2025-01-24,222.78,444.06,142.62\n2025-01-24,222.78,444.06,118.42\n";

      assertThatThrownBy(() -> HistoryReader.parse(text, "wide.csv", Options.defaults()))
          .hasMessage("wide.csv:3: same date 2025-01-24 twice with different prices for NVDA (lines 2 and 3);"
              + " expected one price per date");
    }

    @Test
    void pandasIndexWithoutHeaderAndTimesAfterTheDates() {
      String text = ",AAPL,MSFT\n2025-01-24 00:00:00-05:00,222.78,444.06\n2025-01-27 00:00:00-05:00,229.86,434.56\n";

      PriceHistory h = HistoryReader.parse(text, "pandas.csv", Options.defaults());

      assertThat(h.get("MSFT").orElseThrow().dates())
          .containsExactly(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 27));
    }
  }

  // ---- dates ---------------------------------------------------------------------------------

  @Nested
  class Dates {

    @Test
    void datesThatNeverTellDayFromMonthAskForDateFormat() {
      assertThatThrownBy(() -> read("dates-ambiguous-day-or-month.csv"))
          .isInstanceOf(InputException.class)
          .hasMessage("dates-ambiguous-day-or-month.csv: dates such as 03/04/2024 could be DD/MM or MM/DD;"
              + " expected --date-format dd/MM/yyyy or MM/dd/yyyy");
    }

    @Test
    void dateFormatOptionDecides() {
      PriceSeries dayFirst = only(read("dates-ambiguous-day-or-month.csv", "dd/MM/yyyy"));
      PriceSeries monthFirst = only(read("dates-ambiguous-day-or-month.csv", "MM/dd/yyyy"));

      // 03/04/2024, 04/04/2024, 05/04/2024 (lines 2-4)
      assertThat(dayFirst.dates()).containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 4),
          LocalDate.of(2024, 4, 5));
      assertThat(monthFirst.dates()).containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 4),
          LocalDate.of(2024, 5, 4));
    }

    @Test
    void dateFormatWithMonthNames() {
      String text = "Date,Close\n24 Jan 2025,142.62\n27 JAN 2025,118.42\n";

      PriceSeries s = only(HistoryReader.parse(text, "names.csv", new Options(Optional.of("dd MMM yyyy"))));

      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 1, 27));
    }

    @Test
    void dateNotInTheGivenFormat() {
      String text = "Date,Close\n24/01/2025,142.62\n";

      assertThatThrownBy(() -> HistoryReader.parse(text, "us.csv", new Options(Optional.of("MM/dd/yyyy"))))
          .hasMessage("us.csv:2: column 1 'Date': found '24/01/2025', expected a date such as 01/27/2025"
              + " (--date-format MM/dd/yyyy)");
    }

    @Test
    void badDateFormatIsAUsageError() {
      InputException e = catchThrowableOfType(() -> new Options(Optional.of("MM/yyyy")), InputException.class);

      assertThat(e.getMessage()).isEqualTo("--date-format 'MM/yyyy': needs a day (d), a month (M) and a year"
          + " (yyyy); expected a pattern such as dd/MM/yyyy, MM/dd/yyyy or yyyy-MM-dd");
      assertThat(e.problems().get(0).file()).isEmpty();
    }

    @Test
    void dateWhereNeitherFieldCanBeAMonth() {
      assertThatThrownBy(() -> read("dates-neither-field-a-month.csv"))
          .hasMessage("dates-neither-field-a-month.csv:4: column 1 'Date': found '13/14/2024', expected a date:"
              + " neither 13 nor 14 can be a month");
    }

    @Test
    void fileWithDayFirstAndMonthFirstDates() {
      assertThatThrownBy(() -> read("dates-day-first-and-month-first.csv"))
          .hasMessage("dates-day-first-and-month-first.csv:3: column 1 'Date': found '01/28/2025' (month first)"
              + " but line 2 has '27/01/2025' (day first); expected one order of day and month throughout");
    }
  }

  // ---- repeats and fillers -------------------------------------------------------------------

  @Nested
  class RepeatsAndFillers {

    @Test
    void sameDateTwiceWithTheSamePriceIsKeptOnce() {
      PriceHistory h = read("duplicate-date-same-price.csv");

      PriceSeries s = only(h);
      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 23), LocalDate.of(2025, 1, 24),
          LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 28));
      assertThat(s.closeOn(LocalDate.of(2025, 1, 24))).isEqualTo(142.62);
      assertThat(h.notes()).contains(
          "duplicate-date-same-price.csv: same date 2025-01-24 twice with the same price (lines 3 and 5); kept once");
    }

    @Test
    void sameDateTwiceWithDifferentPricesNamesBothLines() {
      assertThatThrownBy(() -> read("duplicate-date-different-prices.csv"))
          .isInstanceOf(InputException.class)
          .hasMessage("duplicate-date-different-prices.csv:6: same date 2025-01-27 twice with different prices"
              + " (lines 4 and 6); expected one price per date");
    }

    @Test
    void fillerRowsWithVolumeZeroAreDropped() {
      PriceHistory h = read("filler-rows-volume-zero.csv");

      PriceSeries s = only(h);
      // lines 4-5 repeat line 3's 147.22 with volume 0; line 7 repeats line 6's 128.99 but traded
      assertThat(s.dates()).containsExactly(LocalDate.of(2025, 1, 22), LocalDate.of(2025, 1, 23),
          LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29));
      assertThat(s.closes()).containsExactly(147.07, 147.22, 128.99, 128.99);
      assertThat(h.notes()).contains("filler-rows-volume-zero.csv: dropped 2 filler row(s) that repeat the"
          + " previous close with volume 0 (lines 4-5)");
    }

    @Test
    void headerThatRepeatsAColumnIsRefused() {
      assertThatThrownBy(() -> read("header-repeats-close.csv"))
          .hasMessage("header-repeats-close.csv:1: the header repeats column 'Close' (columns 5 and 8);"
              + " expected each column once, so no prices are guessed at");
    }

    @Test
    void folderWithOneTickerInTwoFiles(@TempDir Path dir) throws IOException {
      Path nvda = resource("real/yf_nasdaq100_NVDA_2020-2026_first30lines.csv");
      Files.copy(nvda, dir.resolve("a.csv"));
      Files.copy(nvda, dir.resolve("b.csv"));

      assertThatThrownBy(() -> HistoryReader.read(dir, Options.defaults()))
          .hasMessage("b.csv: NVDA has prices in a.csv too; expected each ticker in one file");
    }
  }

  // ---- refused files and bad cells -----------------------------------------------------------

  @Nested
  class Refused {

    @Test
    void everyBadCellIsReportedTogether() {
      InputException e = catchThrowableOfType(() -> read("bad-cells.csv"), InputException.class);

      assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
          "bad-cells.csv:3: column 2 'Close': found 'abc', expected a price such as 142.62",
          "bad-cells.csv:4: column 2 'Close': found '0', expected a price above zero",
          "bad-cells.csv:5: column 2 'Close': found '-142.62', expected a price above zero",
          "bad-cells.csv:6: column 2 'Close': found 'NaN', expected a price such as 142.62",
          "bad-cells.csv:7: column 2 'Close': found 'Infinity', expected a price such as 142.62",
          "bad-cells.csv:8: column 1 'Date': found '2025-02-30', which is no day of the calendar (read as"
              + " yyyy-MM-dd); expected a real date",
          "bad-cells.csv:9: column 1 'Date': found 'yesterday', expected a date such as 2025-01-27, 27/01/2025"
              + " or 01/27/2025",
          "bad-cells.csv:10: column 2 'Close': found '1e400', which is too large; expected a price such as 142.62");
    }

    @Test
    void aFileFullOfBadCellsShowsTheFirstTwenty() {
      StringBuilder text = new StringBuilder("Date,Close\n");
      for (int day = 1; day <= 25; day++) {
        text.append(String.format("2025-01-%02d,n/v%n", day));
      }

      InputException e = catchThrowableOfType(
          () -> HistoryReader.parse(text.toString(), "wrong-column.csv", Options.defaults()), InputException.class);

      assertThat(e.problems()).hasSize(HistoryReader.MAX_PROBLEMS + 1);
      assertThat(e.problems().get(0)).hasToString(
          "wrong-column.csv:2: column 2 'Close': found 'n/v', expected a price such as 142.62");
      assertThat(e.problems().get(HistoryReader.MAX_PROBLEMS))
          .hasToString("wrong-column.csv: 5 more problem(s) like these not shown");
    }

    @Test
    void badCellInAWideTableNamesItsTicker() {
      assertThatThrownBy(() -> read("wide-bad-cell.csv"))
          .hasMessage("wide-bad-cell.csv:3: column 3 'MSFT': found 'n.v.', expected a price such as 142.62");
    }

    @Test
    void emptyFile() {
      assertThatThrownBy(() -> read("empty.csv"))
          .hasMessage("empty.csv: is empty; expected a header such as Date,Close and one row per day");
    }

    @Test
    void onlyCommentLines() {
      assertThatThrownBy(() -> HistoryReader.parse("# prices to come\n# one day\n", "todo.csv", Options.defaults()))
          .hasMessage("todo.csv: has only comment lines; expected a header such as Date,Close and one row per day");
    }

    @Test
    void headerOnly() {
      assertThatThrownBy(() -> read("header-only.csv"))
          .hasMessage("header-only.csv:1: the header is not followed by any row; expected one row per day under it");
    }

    @Test
    void binaryGarbage() {
      assertThatThrownBy(() -> read("binary-garbage.csv"))
          .hasMessage("binary-garbage.csv: is not a text file (found binary data); expected a CSV price history"
              + " such as Date,Close");
    }

    @Test
    void portfolioGivenAsPriceHistory() {
      assertThatThrownBy(() -> read("portfolio-given-as-history.csv"))
          .hasMessage("portfolio-given-as-history.csv:1: this looks like a portfolio file (columns Symbol, Name,"
              + " Quantity, Price, Currency) and has no date column, so it is not a price history; give it with"
              + " --portfolio");
    }

    @Test
    void folderWithoutCsvFiles(@TempDir Path dir) throws IOException {
      Files.writeString(dir.resolve("notes.txt"), "nothing here");

      assertThatThrownBy(() -> HistoryReader.read(dir, Options.defaults()))
          .hasMessage(dir.getFileName() + ": is a folder without .csv files; expected one price history file per"
              + " ticker, such as NVDA.csv");
    }
  }

  // ---- the fast path for plain decimals ------------------------------------------------------

  @Nested
  class PlainDecimals {

    @ParameterizedTest
    @ValueSource(strings = {"137.684", "0.483011", "142.6199951171875", "5.9707536697387695", "7", "0.1",
        ".5", "5.", "620.0883", "9007199254740993", "123456789012345.6", "12345678901234567890.5",
        "0.000000000000000000000001"})
    void sameValueAsParseDouble(String cell) {
      assertThat(Numbers.plain(cell, true)).isEqualTo(Double.parseDouble(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "1.2.3", "-5", "1e5", "$822.79", "1,234.56", "NaN", "Infinity", "12 ", "0x10",
        "1.5d"})
    void anythingElseIsLeftToNumbers(String cell) {
      assertThat(Numbers.plain(cell, true)).isEqualTo(-1);
    }

    @Test
    void aPointIsNotPlainWhereTheCommaIsTheDecimalMark() {
      assertThat(Numbers.plain("1.234", false)).isEqualTo(-1);
      assertThat(Numbers.plain("1234", false)).isEqualTo(1234);
    }
  }

  @Test
  void aDateAfterTomorrowIsRefusedAsAFutureClose(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("NVDA.csv");
    java.nio.file.Files.writeString(f, "Date,Close\n2025-01-24,142.62\n2999-01-04,118.42\n");

    assertThatThrownBy(() -> HistoryReader.read(f, Options.defaults())).isInstanceOf(InputException.class)
        .hasMessage("NVDA.csv:3: column 1 'Date': found 2999-01-04, a date after today; expected the date of a past"
            + " close");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static PriceHistory read(String name) {
    return HistoryReader.read(resource(name), Options.defaults());
  }

  private static PriceHistory read(String name, String dateFormat) {
    return HistoryReader.read(resource(name), new Options(Optional.of(dateFormat)));
  }

  private static PriceSeries only(PriceHistory h) {
    assertThat(h.series()).hasSize(1);
    return h.series().get(0);
  }

  private static Path resource(String name) {
    URL url = HistoryReaderTest.class.getResource("history/" + name);
    assertThat(url).as("test resource history/" + name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
