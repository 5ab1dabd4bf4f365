package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.io.PortfolioReader.Options;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PortfolioReader against the real files of {@code shared/data/holdings} (copied byte for byte to
 * {@code src/test/resources/io/shockfolio/io/real/}) and against fixtures written from the layouts
 * {@code shared/data/README.md} describes. Every expected total was computed outside the reader,
 * with the command quoted next to it, run in {@code src/test/resources/io/shockfolio/io/}.
 */
class PortfolioReaderTest {

  private static final double CENT = 0.005;
  private static final double EXACT = 1e-9;
  private static final String NUMBER_EXPECTED = "expected a number such as 1234.56, 1,234.56 or 1.234,56";

  // ---- the real files ------------------------------------------------------------------------

  @Nested
  class RealFiles {

    @Test
    void arkHoldingsWithDollarHeaderCashRowAndDisclaimerFooter() {
      Portfolio p = read("real/ark_ARKW_holdings_2020-07-20.csv");

      // 46 = data rows whose fund cell is ARKW: python3 -c "import csv; print(sum(1 for r in
      //   csv.reader(open('real/ark_ARKW_holdings_2020-07-20.csv')) if r and r[1]=='ARKW'))"
      assertThat(p.holdings()).hasSize(46);
      // the one row with an empty ticker, MORGAN STANLEY GOVT INSTL 8035 (line 47)
      assertThat(p.holdings()).filteredOn(Holding::cash).hasSize(1);
      // 1879844957.69 = sum of column 7 'market value($)' over those 46 rows, by python3 with
      //   decimal.Decimal: sum(D(r[6]) for r in rows if r[1]=='ARKW'); the header's "$" makes it USD
      assertThat(valueByCurrency(p)).containsOnlyKeys("USD");
      assertThat(valueByCurrency(p).get("USD")).isCloseTo(1_879_844_957.69, within(CENT));

      Holding tsla = bySymbol(p, "TSLA"); // line 2
      assertThat(tsla.instrument().name()).isEqualTo("TESLA INC");
      assertThat(tsla.quantity()).isEqualTo(128_237.0);
      assertThat(tsla.value()).isCloseTo(210_693_391.00, within(EXACT));
      assertThat(tsla.price()).as("ARK gives no price column").isNaN();
      assertThat(tsla.currency()).isEqualTo("USD");
      assertThat(tsla.line()).isEqualTo(2);

      Holding tree = bySymbol(p, "TREE UW"); // Bloomberg ticker with its exchange code, kept as written
      assertThat(tree.value()).isCloseTo(63_478_137.90, within(EXACT));
      assertThat(bySymbol(p, "NVDA").quantity()).isEqualTo(41_622.0);
      assertThat(bySymbol(p, "NVDA").value()).isCloseTo(17_499_137.46, within(EXACT));

      Holding cash = only(p, Holding::cash);
      assertThat(cash.instrument().symbol()).isEmpty();
      assertThat(cash.instrument().name()).isEqualTo("MORGAN STANLEY GOVT INSTL 8035");
      assertThat(cash.value()).isCloseTo(1_256_615.68, within(EXACT));
      assertThat(cash.line()).isEqualTo(47);

      // lines 48-49 are ",,,,,,," and line 50 is the one-cell legal disclaimer
      assertThat(p.notes()).containsExactly(
          "ark_ARKW_holdings_2020-07-20.csv: skipped 3 blank or footer line(s) after the holdings (lines 48-50)");
    }

    @Test
    void isharesHoldingsWithPreambleThousandsCashAndZeroValueFuture() {
      Portfolio p = read("real/ishares_SOXX_holdings_2026-08-03.csv");

      // 34 = lines 11-44, the rows below the header on line 10 up to the blank line 45
      assertThat(p.holdings()).hasSize(34);
      // 3 = Asset Class 'Money Market' (XTSLA), 'Cash' (USD) and 'Cash Collateral and Margins' (WFFUT)
      assertThat(p.holdings()).filteredOn(Holding::cash).extracting(h -> h.instrument().symbol())
          .containsExactly("XTSLA", "USD", "WFFUT");
      // 44602267113.87 = sum of column 'Market Value' without its thousands commas, by python3:
      //   rows = list(csv.reader(lines[9:])); sum(D(r[4].replace(',', '')) for r in rows[1:] if len(r) > 5)
      assertThat(valueByCurrency(p)).containsOnlyKeys("USD");
      assertThat(valueByCurrency(p).get("USD")).isCloseTo(44_602_267_113.87, within(CENT));

      Holding nvda = bySymbol(p, "NVDA");
      assertThat(nvda.instrument().name()).isEqualTo("NVIDIA CORP");
      assertThat(nvda.quantity()).isEqualTo(19_148_024.0);
      assertThat(nvda.price()).isCloseTo(206.64, within(EXACT));
      assertThat(nvda.value()).isCloseTo(3_956_747_679.36, within(EXACT));
      assertThat(nvda.instrument().sector()).isEqualTo("Information Technology");
      assertThat(nvda.instrument().country()).isEqualTo("United States");
      assertThat(nvda.instrument().assetClass()).isEqualTo("Equity");
      assertThat(nvda.cash()).isFalse();
      assertThat(bySymbol(p, "MPWR").price()).as("quoted \"1,344.37\"").isCloseTo(1_344.37, within(EXACT));
      assertThat(bySymbol(p, "ASML").currency()).as("the ADR, priced in USD").isEqualTo("USD");

      Holding future = bySymbol(p, "IXTU6");
      assertThat(future.value()).isZero();
      assertThat(future.quantity()).isEqualTo(194.0);
      assertThat(future.price()).isCloseTo(3_601.80, within(EXACT));
      assertThat(future.cash()).isFalse();
      assertThat(future.instrument().country()).as("\"-\" means missing").isEmpty();

      assertThat(p.notes()).containsExactly(
          "ishares_SOXX_holdings_2026-08-03.csv: skipped 9 line(s) before the header on line 10",
          "ishares_SOXX_holdings_2026-08-03.csv:44: IXTU6 has a market value of zero; listed, but no scenario"
              + " can move it",
          "ishares_SOXX_holdings_2026-08-03.csv: skipped 1 blank or footer line(s) after the holdings (line 45)");
    }

    @Test
    void degiroDutchPortfolioWithCurrencyColumnAndEmptyHeader() {
      Portfolio p = read("real/degiro_nl_Portfolio.csv");

      assertThat(p.holdings()).hasSize(19); // lines 2-20
      // the two "CASH & CASH FUND & FTX CASH (...)" rows, without ISIN or quantity
      assertThat(p.holdings()).filteredOn(Holding::cash).extracting(Holding::currency)
          .containsExactly("EUR", "USD");
      // by python3, grouping column 6 (no header) by the code in column 5 'Lokale waarde':
      //   for r in rows[1:]: by[r[4]] += D(r[5].replace(',', '.'))
      //   -> EUR 113548.07, USD 112450.36
      Map<String, Double> byCurrency = valueByCurrency(p);
      assertThat(byCurrency).containsOnlyKeys("EUR", "USD");
      assertThat(byCurrency.get("EUR")).isCloseTo(113_548.07, within(CENT));
      assertThat(byCurrency.get("USD")).isCloseTo(112_450.36, within(CENT));
      // 211672.25 = sum(D(r[6].replace(',', '.')) for r in rows[1:]), column 7 'Waarde in EUR'
      assertThat(p.holdings()).allMatch(h -> h.fileBaseCurrency().equals("EUR"));
      assertThat(sum(p, Holding::fileBaseValue)).isCloseTo(211_672.25, within(CENT));

      Holding asml = byIsin(p, "NL0010273215");
      assertThat(asml.instrument().symbol()).isEmpty();
      assertThat(asml.instrument().name()).isEqualTo("ASML HOLDING NV");
      assertThat(asml.quantity()).isEqualTo(8.0);
      assertThat(asml.price()).as("\"1657,80\"").isCloseTo(1_657.80, within(EXACT));
      assertThat(asml.value()).isCloseTo(13_262.40, within(EXACT));
      assertThat(asml.currency()).isEqualTo("EUR");
      assertThat(asml.fileBaseValue()).isCloseTo(13_262.40, within(EXACT));

      Holding siemens = byIsin(p, "DE000ENER6Y0");
      assertThat(siemens.instrument().name()).isEqualTo("SIEMENS ENERGY AG");
      assertThat(siemens.quantity()).isEqualTo(120.0);
      assertThat(siemens.price()).isCloseTo(168.92, within(EXACT));
      assertThat(siemens.value()).isCloseTo(20_270.40, within(EXACT));
      assertThat(siemens.currency()).isEqualTo("EUR");

      Holding alphabet = byIsin(p, "US02079K1079"); // line 4: 13 × 367,46 USD = 4776,98 USD = 4168,39 EUR
      assertThat(alphabet.currency()).isEqualTo("USD");
      assertThat(alphabet.value()).isCloseTo(4_776.98, within(EXACT));
      assertThat(alphabet.fileBaseValue()).isCloseTo(4_168.39, within(EXACT));

      Holding usdCash = only(p, h -> h.cash() && h.currency().equals("USD")); // line 3
      assertThat(usdCash.instrument().name()).isEqualTo("CASH & CASH FUND & FTX CASH (USD)");
      assertThat(usdCash.quantity()).isNaN();
      assertThat(usdCash.value()).isCloseTo(105.00, within(EXACT));
      assertThat(usdCash.fileBaseValue()).isCloseTo(91.63, within(EXACT));

      assertThat(p.notes()).containsExactly(
          "degiro_nl_Portfolio.csv: column 5 'Lokale waarde' holds currency codes (read as each holding's"
              + " currency); amounts read from column 6, which has no header",
          "degiro_nl_Portfolio.csv: column 7 'Waarde in EUR' read as each holding's value in EUR");
    }

    @Test
    void yahooExportWithSwissSuffixesAndNoFinalNewline() throws IOException {
      byte[] bytes = Files.readAllBytes(resource("real/ghostfolio_yahoo-finance-portfolio-export.csv"));
      assertThat(bytes[bytes.length - 1]).as("the file ends without a line break").isNotEqualTo((byte) '\n');

      Portfolio p = read("real/ghostfolio_yahoo-finance-portfolio-export.csv");

      assertThat(p.holdings()).hasSize(3);
      assertThat(p.holdings()).noneMatch(Holding::cash);
      // value = 'Quantity' × 'Current Price' (not 'Purchase Price'):
      //   VT 1100.0 × 91.455 = 100600.5; CHDVD.SW 232.0 × 143.96 = 33398.72;
      //   CHSPI.SW 252.0 × 130.92 = 32991.84; CHF 33398.72 + 32991.84 = 66390.56
      Map<String, Double> byCurrency = valueByCurrency(p);
      assertThat(byCurrency).containsOnlyKeys("CHF", "USD");
      assertThat(byCurrency.get("USD")).isCloseTo(100_600.50, within(CENT));
      assertThat(byCurrency.get("CHF")).isCloseTo(66_390.56, within(CENT));

      Holding vt = bySymbol(p, "VT");
      assertThat(vt.quantity()).isEqualTo(1_100.0);
      assertThat(vt.price()).isCloseTo(91.455, within(EXACT));
      assertThat(vt.currency()).isEqualTo("USD");
      Holding chspi = bySymbol(p, "CHSPI.SW"); // the last line, without line break
      assertThat(chspi.currency()).isEqualTo("CHF");
      assertThat(chspi.quantity()).isEqualTo(252.0);
      assertThat(chspi.value()).isCloseTo(32_991.84, within(1e-6));
      assertThat(chspi.line()).isEqualTo(4);
      assertThat(bySymbol(p, "CHDVD.SW").currency()).isEqualTo("CHF");

      assertThat(p.notes()).containsExactly("ghostfolio_yahoo-finance-portfolio-export.csv: no currency given for"
          + " 1 holding(s); assumed USD (set it with --currency)");
    }

    @Test
    void fidelityDerivedListWithBomCurrentValuesOnlyAndMoneyMarketCash() throws IOException {
      byte[] bytes = Files.readAllBytes(resource("real/user_portfolio_fidelity-derived_bom.csv"));
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

      Portfolio p = read("real/user_portfolio_fidelity-derived_bom.csv");

      assertThat(p.holdings()).hasSize(16); // lines 2-17
      // FDRXX, "FIDELITY GOVERNMENT CASH RESERVES"
      assertThat(p.holdings()).filteredOn(Holding::cash).extracting(h -> h.instrument().symbol())
          .containsExactly("FDRXX");
      // 25807.77 = sum of column 'cv', by python3 (encoding='utf-8-sig'): sum(D(r[4]) for r in rows[1:]);
      //   cross-checked with awk -F, 'NR>1 {s+=$5} END {printf "%.2f", s}' (no quoted commas in the file)
      assertThat(valueByCurrency(p)).containsOnlyKeys("USD");
      assertThat(valueByCurrency(p).get("USD")).isCloseTo(25_807.77, within(CENT));
      assertThat(p.holdings()).allMatch(h -> Double.isNaN(h.quantity()) && Double.isNaN(h.price()));

      Holding aapl = bySymbol(p, "AAPL");
      assertThat(aapl.instrument().name()).as("the BOM is not part of the first header").isEqualTo(
          "APPLE INC COM USD0.00001");
      assertThat(aapl.value()).isCloseTo(954.08, within(EXACT));
      assertThat(aapl.instrument().country()).isEqualTo("United States");
      assertThat(bySymbol(p, "MJ").instrument().country()).as("NA means missing").isEmpty();
      Holding gold = bySymbol(p, "IAU");
      assertThat(gold.instrument().name()).isEqualTo("Gold");
      assertThat(gold.value()).isCloseTo(7_200.0, within(EXACT));
      assertThat(gold.cash()).isFalse();
      Holding fdrxx = bySymbol(p, "FDRXX");
      assertThat(fdrxx.value()).isCloseTo(300.0, within(EXACT));
      assertThat(fdrxx.currency()).isEqualTo("USD");

      assertThat(p.notes()).containsExactly("user_portfolio_fidelity-derived_bom.csv: no currency given for 16"
          + " holding(s); assumed USD (set it with --currency)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        real/yf_nasdaq100_NVDA_2020-2026_first4lines.csv | Date, Symbol, Open, High, Low, Close, …
        real/SMH_daily_2024-12_2025-06_first4lines.csv   | date, open, high, low, close, volume
        real/sp500_adjclose_2015-2025_first3lines.csv    | Date, A, AAPL, ABBV, ABNB, ABT, …
        """)
    void refusesTheFirstLinesOfRealPriceHistories(String resource, String columns) {
      String name = Path.of(resource).getFileName().toString();
      assertThat(refused(resource)).isEqualTo(name + ":1: this looks like a price history (" + columns
          + "), not a list of holdings; expected one row per holding with its value, or its quantity and price");
    }
  }

  // ---- other real layouts, written from the descriptions in data/README.md --------------------

  @Nested
  class OtherLayouts {

    @Test
    void isharesResavedByExcelWithBomCrlfAndMultiLineQuotedFooter() throws IOException {
      byte[] bytes = Files.readAllBytes(resource("ishares-footer-bom-crlf.csv"));
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");

      Portfolio p = read("ishares-footer-bom-crlf.csv");

      assertThat(p.holdings()).extracting(h -> h.instrument().symbol())
          .containsExactly("NVDA", "MPWR", "ASML", "XTSLA", "USD");
      assertThat(p.holdings()).filteredOn(Holding::cash).hasSize(2);
      // 3956747679.36 + 1601979523.77 + 1070044291.80 + 52164774.13 + 9419261.44 = 6690355530.50
      assertThat(valueByCurrency(p).get("USD")).isCloseTo(6_690_355_530.50, within(CENT));
      assertThat(bySymbol(p, "MPWR").price()).isCloseTo(1_344.37, within(EXACT));
      assertThat(bySymbol(p, "NVDA").line()).isEqualTo(11);
      // line 16 ",,,…", line 17 a lone no-break space, lines 18-21 one quoted cell with line breaks
      assertThat(p.notes()).containsExactly(
          "ishares-footer-bom-crlf.csv: skipped 9 line(s) before the header on line 10",
          "ishares-footer-bom-crlf.csv: skipped 6 blank or footer line(s) after the holdings (lines 16-21)");
    }

    @Test
    void quotedMultiLineFooterIsNotReadAsHoldingsEvenWhenItLooksLikeARow() {
      Portfolio p = read("footer-quoted-multiline.csv");

      // line 6 inside the quoted note repeats the NVDA row; it must not be summed in
      assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("NVDA", "MU");
      assertThat(bySymbol(p, "NVDA").value()).isCloseTo(11_842.00, within(EXACT));
      assertThat(bySymbol(p, "NVDA").lines()).containsExactly(2);
      assertThat(p.notes()).contains(
          "footer-quoted-multiline.csv: skipped 5 blank or footer line(s) after the holdings (lines 4-8)");
    }

    @Test
    void germanBrokerExportInWindows1252WithSemicolonsAndDecimalCommas() throws IOException {
      byte[] bytes = Files.readAllBytes(resource("german-broker-semicolon-cp1252.csv"));
      // "Stück": 0xFC is ü in Windows-1252 and not valid UTF-8
      assertThat(new String(bytes, TextFiles.WINDOWS_1252)).contains("Stück;Kurs;Währung;Börse");

      Portfolio p = read("german-broker-semicolon-cp1252.csv");

      assertThat(p.holdings()).extracting(h -> h.instrument().isin())
          .containsExactly("DE000ENER6Y0", "DE0008430026", "US67066G1040");
      Holding munichRe = byIsin(p, "DE0008430026");
      assertThat(munichRe.instrument().name()).isEqualTo("MÜNCHENER RÜCKVERS.-GES. AG VNA O.N.");
      assertThat(munichRe.quantity()).isEqualTo(3.0);
      assertThat(munichRe.price()).as("1.234,56").isCloseTo(1_234.56, within(EXACT));
      assertThat(munichRe.value()).as("3.703,68 from 'Kurswert'").isCloseTo(3_703.68, within(EXACT));
      Holding nvidia = byIsin(p, "US67066G1040");
      assertThat(nvidia.instrument().name()).as("a comma inside a semicolon file").isEqualTo("NVIDIA CORP. DL-,001");
      assertThat(nvidia.currency()).isEqualTo("USD");
      assertThat(nvidia.value()).isCloseTo(9_060.00, within(EXACT));
      assertThat(nvidia.fileBaseValue()).isCloseTo(7_904.27, within(EXACT));
      // 'Kurswert': EUR 20270.40 + 3703.68 = 23974.08, USD 9060.00; 'Kurswert in EUR':
      // 20270.40 + 3703.68 + 7904.27 = 31878.35, which is also what the file's own "Summe" row says
      assertThat(valueByCurrency(p).get("EUR")).isCloseTo(23_974.08, within(CENT));
      assertThat(valueByCurrency(p).get("USD")).isCloseTo(9_060.00, within(CENT));
      assertThat(sum(p, Holding::fileBaseValue)).isCloseTo(31_878.35, within(CENT));

      assertThat(p.notes()).containsExactly(
          "german-broker-semicolon-cp1252.csv: not valid UTF-8; read as Windows-1252",
          "german-broker-semicolon-cp1252.csv: skipped 3 line(s) before the header on line 4",
          "german-broker-semicolon-cp1252.csv: column 9 'Kurswert in EUR' read as each holding's value in EUR",
          "german-broker-semicolon-cp1252.csv: skipped 1 totals row(s) (line 8)");
    }

    @Test
    void ddMmYyyyDatesAndBom() {
      Portfolio p = read("dd-mm-yyyy-bom.csv");

      // the dates (31/01/2025, 13/02/2025…) are in a column the reader does not use; the prices use a
      // decimal comma inside quotes: 8 × 705,30 = 5642.40; 12 × 271,15 = 3253.80; 20 × 124,92 = 2498.40
      assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("ASML.AS", "SAP.DE", "NVDA");
      assertThat(bySymbol(p, "ASML.AS").value()).isCloseTo(5_642.40, within(1e-6));
      assertThat(bySymbol(p, "SAP.DE").value()).isCloseTo(3_253.80, within(1e-6));
      assertThat(bySymbol(p, "NVDA").value()).isCloseTo(2_498.40, within(1e-6));
      assertThat(bySymbol(p, "NVDA").currency()).isEqualTo("USD");
      assertThat(valueByCurrency(p).get("EUR")).isCloseTo(8_896.20, within(CENT));
      assertThat(p.notes()).isEmpty();
    }

    @Test
    void degiroEnglishPortfolioExport() {
      Portfolio p = read("degiro-en-portfolio.csv");

      assertThat(p.holdings()).hasSize(3);
      Holding nvda = byIsin(p, "US67066G1040");
      assertThat(nvda.currency()).isEqualTo("USD");
      assertThat(nvda.price()).as("'Closing'").isCloseTo(118.42, within(EXACT));
      assertThat(nvda.value()).isCloseTo(1_184.20, within(EXACT));
      assertThat(nvda.fileBaseValue()).isCloseTo(1_136.83, within(EXACT));
      assertThat(only(p, Holding::cash).value()).isCloseTo(120.50, within(EXACT));
      assertThat(p.notes()).containsExactly(
          "degiro-en-portfolio.csv: column 5 'Local value' holds currency codes (read as each holding's"
              + " currency); amounts read from column 6, which has no header",
          "degiro-en-portfolio.csv: column 7 'Value in EUR' read as each holding's value in EUR");
    }

    @Test
    void weightsNeedATotal() {
      InputException e = catchThrowableOfType(InputException.class, () -> read("weights-only.csv"));

      assertThat(e.problems()).extracting(InputProblem::toString).containsExactly("weights-only.csv:1: column 3"
          + " 'Weight (%)': the file gives weights but no values; expected --total to turn weights into values"
          + " (e.g. --total 100000)");
    }

    @Test
    void weightsTimesTotalGiveValues() {
      Portfolio p = read("weights-only.csv", new Options(Map.of(), 100_000, "", false));

      // "Weight (%)" is a percentage: 50.5% × 100000 = 50500; 30% → 30000; 19.5% → 19500
      assertThat(p.holdings()).extracting(Holding::value).containsExactly(50_500.0, 30_000.0, 19_500.0);
      assertThat(p.holdings()).allMatch(h -> Double.isNaN(h.quantity()));
    }

    @Test
    void weightsAsFractionsTimesTotal() {
      Portfolio p = PortfolioReader.parse("Symbol,Weight\nA,0.6\nB,0.4\n", "w.csv", "w",
          new Options(Map.of(), 1_000, "EUR", false));

      // they add up to 1.0, not 100: 0.6 × 1000 = 600, 0.4 × 1000 = 400
      assertThat(p.holdings()).extracting(Holding::value).containsExactly(600.0, 400.0);
      assertThat(p.currencies()).containsExactly("EUR");
    }

    @Test
    void columnsOptionNamesHeadersTheGuessDoesNotKnow() {
      assertThat(refused("columns-override.csv")).startsWith("columns-override.csv: found no header row");

      Options columns = new Options(Map.of(Column.SYMBOL, "Ticker Code", Column.QUANTITY, "Units Held",
          Column.PRICE, "Last"), Double.NaN, "USD", false);
      Portfolio p = read("columns-override.csv", columns);

      // 10 × 118.42 = 1184.20; 25 × "1,044.50" = 26112.50
      assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("NVDA", "MU");
      assertThat(bySymbol(p, "NVDA").quantity()).isEqualTo(10.0);
      assertThat(bySymbol(p, "NVDA").value()).isCloseTo(1_184.20, within(1e-6));
      assertThat(bySymbol(p, "MU").price()).isCloseTo(1_044.50, within(EXACT));
      assertThat(bySymbol(p, "MU").value()).isCloseTo(26_112.50, within(1e-6));
      assertThat(p.notes()).isEmpty();
    }

    @Test
    void columnsOptionNamingAMissingHeaderIsAnError() {
      Options columns = new Options(Map.of(Column.QUANTITY, "Units"), Double.NaN, "", false);

      assertThatThrownBy(() -> read("columns-override.csv", columns)).isInstanceOf(InputException.class)
          .hasMessage("columns-override.csv:1: --columns quantity=Units: the header has no column 'Units';"
              + " expected one of 'Ticker Code', 'Units Held', 'Last'");
    }

    @Test
    void repeatedLinesOfOneInstrumentAreSummedPerCurrency() {
      Portfolio p = read("repeated-lines.csv");

      // ASML lines 2 and 4: 5 × 650 + 3 × 660 = 3250 + 1980 = 5230 for 8 shares (653.75 each);
      // NVIDIA has one ISIN but two currencies (USD line 3, EUR line 5): not summed;
      // MU lines 6 and 7 (no ISIN, same symbol): 2 - 1 = 1 share, 200 - 100 = 100
      assertThat(p.holdings()).extracting(h -> h.instrument().symbol())
          .containsExactly("ASML.AS", "NVDA", "NVD.DE", "MU");
      Holding asml = bySymbol(p, "ASML.AS");
      assertThat(asml.quantity()).isEqualTo(8.0);
      assertThat(asml.value()).isCloseTo(5_230.0, within(1e-9));
      assertThat(asml.price()).isCloseTo(653.75, within(1e-9));
      assertThat(asml.lines()).containsExactly(2, 4);
      assertThat(bySymbol(p, "NVD.DE").currency()).isEqualTo("EUR");
      assertThat(bySymbol(p, "MU").quantity()).isEqualTo(1.0);
      assertThat(bySymbol(p, "MU").value()).isCloseTo(100.0, within(1e-9));
      assertThat(p.notes()).containsExactly(
          "repeated-lines.csv: lines 2, 4 all hold ASML.AS; summed into one holding",
          "repeated-lines.csv: lines 6, 7 all hold MU; summed into one holding");
    }

    @Test
    void negativeQuantitiesAreShortPositionsWithNegativeValues() {
      Portfolio p = read("short-position.csv");

      // TSLA -20 with value written 8000.00 → -8000; NVDA -10 × 120 → -1200 (no value given);
      // AAPL 5 long → 1000; SPY -3 with value already -1800 → -1800
      assertThat(p.holdings()).extracting(Holding::value).containsExactly(-8_000.0, -1_200.0, 1_000.0, -1_800.0);
      assertThat(p.holdings()).extracting(Holding::quantity).containsExactly(-20.0, -10.0, 5.0, -3.0);
      assertThat(bySymbol(p, "TSLA").quantity()).isEqualTo(-20.0);
    }

    @Test
    void totalsRowOfABrokerIsSkippedAndNoted() {
      Portfolio p = PortfolioReader.parse("Name,ISIN,Quantity,Price,Value\n"
          + "Siemens Energy,DE000ENER6Y0,120,168.92,20270.40\n"
          + "Total,,,,20270.40\n", "t.csv", "t", new Options(Map.of(), Double.NaN, "EUR", false));

      assertThat(p.holdings()).hasSize(1);
      assertThat(p.notes()).containsExactly("t.csv: skipped 1 totals row(s) (line 3)");
    }

    @Test
    void aLineValuedOnlyInTheSecondCurrencyTakesThatCurrency() {
      Portfolio p = PortfolioReader.parse("Name,Currency,Quantity,Price,Value in EUR\n"
          + "Siemens Energy,EUR,120,168.92,20270.40\n"
          + "Cash (EUR),,,,5000.00\n", "s.csv", "s", Options.defaults());

      Holding cash = only(p, Holding::cash);
      assertThat(cash.currency()).isEqualTo("EUR");
      assertThat(cash.value()).isCloseTo(5_000.0, within(EXACT));
      assertThat(cash.hasFileBaseValue()).isFalse();
      assertThat(p.notes()).as("no USD was assumed").containsExactly(
          "s.csv: column 5 'Value in EUR' read as each holding's value in EUR");
    }

    @Test
    void ibkrOpenPositionsReportWithItsTotalRow() {
      Portfolio p = PortfolioReader.parse("Open Positions,Header,DataDiscriminator,Asset Category,Currency,Symbol,"
          + "Quantity,Mult,Cost Price,Cost Basis,Close Price,Value,Unrealized P/L,Code\n"
          + "Open Positions,Data,Summary,Stocks,USD,NVDA,10,1,118.42,1184.2,120.00,1200,15.8,\n"
          + "Open Positions,Data,Summary,Stocks,EUR,ASML,2,1,650,1300,700.10,1400.2,100.2,\n"
          + "Open Positions,Total,,Stocks,USD,,,,,1184.2,,1200,15.8,\n", "ibkr.csv", "ibkr", Options.defaults());

      // 'Value' as given: NVDA 1200 USD (10 × 120.00), ASML 1400.2 EUR (2 × 700.10); the Total line is no holding
      assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("NVDA", "ASML");
      assertThat(valueByCurrency(p)).containsExactly(Map.entry("EUR", 1_400.2), Map.entry("USD", 1_200.0));
      assertThat(bySymbol(p, "NVDA").price()).as("'Close Price'").isCloseTo(120.0, within(EXACT));
      assertThat(p.notes()).containsExactly("ibkr.csv: skipped 1 totals row(s) (line 4)");
    }

    @Test
    void currencyOptionAppliesWhereTheFileSaysNone() {
      Portfolio p = PortfolioReader.parse("Symbol,Quantity,Price\nSAP,10,200\nASML.AS,1,700\n", "c.csv", "c",
          new Options(Map.of(), Double.NaN, "eur", false));

      assertThat(p.holdings()).extracting(Holding::currency).containsExactly("EUR", "EUR");
      assertThat(p.notes()).isEmpty();
    }
  }

  // ---- files that are not holdings ----------------------------------------------------------

  @Nested
  class Refused {

    @Test
    void yfinanceThreeLineHeaderIsAPriceHistory() {
      assertThat(refused("yfinance-three-line-header.csv")).isEqualTo("yfinance-three-line-header.csv:1: this looks"
          + " like a price history (Price, Close, High, Low, Open, Volume), not a list of holdings; expected one"
          + " row per holding with its value, or its quantity and price");
    }

    @Test
    void nasdaqDownloadIsAPriceHistory() {
      assertThat(refused("nasdaq-download.csv")).isEqualTo("nasdaq-download.csv:1: this looks like a price"
          + " history (Date, Close/Last, Volume, Open, High, Low), not a list of holdings; expected one row per"
          + " holding with its value, or its quantity and price");
    }

    @Test
    void widePriceTableIsAPriceHistory() {
      assertThat(refused("wide-price-table.csv")).isEqualTo("wide-price-table.csv:1: this looks like a price"
          + " history (Date, AAPL, MSFT, NVDA, SPY), not a list of holdings; expected one row per holding with"
          + " its value, or its quantity and price");
    }

    @Test
    void degiroTransactionsExport() {
      assertThat(refused("degiro-transactions.csv")).isEqualTo("degiro-transactions.csv:1: this is a transaction"
          + " export (a list of buys and sells, with columns such as 'Uitvoeringsplaats', 'Transactiekosten',"
          + " 'Order ID'), not a list of holdings; export your current positions instead (DEGIRO: Portfolio,"
          + " not Transactions)");
    }

    @Test
    void tradeRepublicTransactionExport() {
      assertThat(refused("trade-republic-transactions.csv")).isEqualTo("trade-republic-transactions.csv:1: this is"
          + " a transaction export (a list of buys and sells, with columns such as 'Gebühren', 'Steuern'), not a"
          + " list of holdings; export your current positions instead");
    }

    @Test
    void ibkrTradeReport() {
      assertThat(refused("ibkr-trades.csv")).isEqualTo("ibkr-trades.csv:1: this is a transaction export (a list"
          + " of buys and sells, with columns such as 'Trades', 'T. Price', 'Proceeds', 'Comm/Fee',"
          + " 'Realized P/L'), not a list of holdings; export your current positions instead (IBKR: the Open"
          + " Positions report, not Trades)");
    }
  }

  // ---- bad input ----------------------------------------------------------------------------

  @Nested
  class Errors {

    @Test
    void collectsEveryBadCellWithFileLineColumnAndExpectation() {
      String text = "Symbol,Quantity,Price\nNVDA,ten,118.42\nMU,25,abc\nAMD,5,120\n";

      InputException e = catchThrowableOfType(InputException.class, () -> parse(text));

      assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
          "bad.csv:2: column 2 'Quantity': found 'ten', " + NUMBER_EXPECTED,
          "bad.csv:3: column 3 'Price': found 'abc', " + NUMBER_EXPECTED);
      assertThat(e.problems().get(0)).isEqualTo(new InputProblem("bad.csv", 2, 2, "Quantity",
          "found 'ten', " + NUMBER_EXPECTED));
      assertThat(e.problems()).allSatisfy(pr -> assertThat(pr.toString()).doesNotContain("\n"));
      assertThat(e.getMessage()).isEqualTo(e.problems().get(0) + System.lineSeparator() + e.problems().get(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NaN      | found 'NaN', expected a number such as 1234.56, 1,234.56 or 1.234,56
        Infinity | found 'Infinity', expected a number such as 1234.56, 1,234.56 or 1.234,56
        1e400    | found '1e400', which is too large; expected a number such as 1234.56, 1,234.56 or 1.234,56
        """)
    void refusesNumbersThatAreNotFinite(String quantity, String message) {
      InputException e = catchThrowableOfType(InputException.class,
          () -> parse("Symbol,Quantity,Price\nNVDA," + quantity + ",118.42\n"));

      assertThat(e.problems()).extracting(InputProblem::toString)
          .containsExactly("bad.csv:2: column 2 'Quantity': " + message);
    }

    @Test
    void refusesAValueThatOverflows() {
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price\nNVDA,1e200,1e200\n")).hasMessage("bad.csv:2: the value"
          + " of 'NVDA' comes out too large (Infinity); expected a quantity, price or weight of a real holding");
    }

    @Test
    void refusesANegativePrice() {
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price\nNVDA,10,-118.42\n")).hasMessage("bad.csv:2: column 3"
          + " 'Price': found a negative price -118.42, expected a price of zero or more");
    }

    @ParameterizedTest(name = "names of {0} characters")
    @org.junit.jupiter.params.provider.ValueSource(ints = {10, 300})
    void namesTheLinesOfBadCellsAndOpenQuotesWhetherTheLinesReadAheadAreShortOrLong(int nameLength) {
      // the reader reads 63 lines ahead to find the header, then reads the rows from the header on:
      // again from its buffer when those lines fit it (8K characters for a short text), else from a
      // copy of them (63 lines of 300-character names do not fit); the lines named must be the same
      String name = "N".repeat(nameLength);
      StringBuilder text = new StringBuilder("# export\nSymbol,Name,Quantity,Price\n");
      for (int i = 0; i < 100; i++) { // holdings on lines 3 to 102
        text.append("S").append(i).append(',').append(i == 70 ? "\"" + name + "\nmore\"" : name)
            .append(',').append(i == 80 ? "ten" : "1").append(",2\n");
      }
      // line 73 has a name spanning two lines, so the holding numbered 80 is on line 84
      text.append("LAST,\"open,1,2\n");

      InputException bad = catchThrowableOfType(InputException.class, () -> parse(text.toString()));
      assertThat(bad).hasMessage("bad.csv:104: a quoted field is never closed; expected a closing \""
          + " before the end of the file");

      String good = text.substring(0, text.indexOf("LAST,"));
      InputException e = catchThrowableOfType(InputException.class, () -> parse(good));
      assertThat(e.problems()).extracting(InputProblem::toString)
          .containsExactly("bad.csv:84: column 3 'Quantity': found 'ten', " + NUMBER_EXPECTED);
    }

    @Test
    void refusesAnUnclosedQuoteNamingTheLineItOpensOn() {
      assertThatThrownBy(() -> parse("Symbol,Name,Quantity,Price\nNVDA,NVIDIA,10,118.42\nMU,\"Micron,5,90\n"
          + "AMD,AMD,1,120\n")).hasMessage("bad.csv:3: a quoted field is never closed; expected a closing \""
          + " before the end of the file");
    }

    @Test
    void refusesAnEmptyFile(@TempDir Path dir) throws IOException {
      assertThatThrownBy(() -> parse("")).hasMessage("bad.csv: is empty; expected a header row and one row per"
          + " holding");
      assertThatThrownBy(() -> parse(" \r\n\n")).hasMessage("bad.csv: is empty; expected a header row and one"
          + " row per holding");
      Path bomOnly = Files.write(dir.resolve("bom-only.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      assertThatThrownBy(() -> PortfolioReader.read(bomOnly, "bom-only.csv", Options.defaults()))
          .hasMessage("bom-only.csv: is empty; expected a header row and one row per holding");
    }

    @Test
    void refusesAHeaderWithoutRows() {
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price\n")).hasMessage("bad.csv: has a header on line 1 but"
          + " no holdings; expected one row per holding below it");
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price\n,,\n")).hasMessage("bad.csv: has a header on line 1"
          + " but no holdings; expected one row per holding below it");
    }

    @Test
    void refusesAHeaderThatRepeatsAColumnItReads() {
      InputException e = catchThrowableOfType(InputException.class,
          () -> parse("Symbol,Price,Quantity,Price\nNVDA,118.42,10,120.00\n"));

      assertThat(e.problems()).containsExactly(new InputProblem("bad.csv", 1, 4, "Price",
          "the header repeats column 'Price' (also column 2); expected each column once, so no value is"
              + " guessed at"));
      assertThat(e).hasMessage("bad.csv:1: column 4 'Price': the header repeats column 'Price' (also column 2);"
          + " expected each column once, so no value is guessed at");
    }

    @Test
    void aRepeatedColumnTheReaderDoesNotUseDoesNoHarm() {
      Portfolio p = PortfolioReader.parse("Symbol,Note,Quantity,Price,Note\nNVDA,a,10,118.42,b\n", "n.csv", "n",
          Options.defaults());

      assertThat(p.holdings()).hasSize(1);
    }

    @Test
    void refusesAFileWithoutARecognisableHeader() {
      assertThatThrownBy(() -> parse("foo,bar,baz\n1,2,3\n4,5,6\n")).hasMessage("bad.csv: found no header row in"
          + " the first 3 lines; expected columns such as Symbol, ISIN, Name, Quantity, Price, Market Value or"
          + " Weight (name them with --columns symbol=…,quantity=…)");
    }

    @Test
    void refusesAHeaderThatCannotValueAnything() {
      assertThatThrownBy(() -> parse("Symbol,Name,Sector\nNVDA,NVIDIA,Tech\n")).hasMessage("bad.csv:1: the header"
          + " names no market value, no quantity and price, and no weight; expected one of them to value the"
          + " holdings (name them with --columns value=…)");
    }

    @Test
    void refusesARowWithoutAnyValue() {
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price,Market Value\nNVDA,10,,\n")).hasMessage("bad.csv:2:"
          + " found no value for 'NVDA'; expected a market value, or a quantity and a price, or a weight with"
          + " --total");
    }

    @Test
    void refusesACurrencyCellThatIsNoCode() {
      assertThatThrownBy(() -> parse("Symbol,Quantity,Price,Currency\nNVDA,10,118.42,Dollar\n"))
          .hasMessage("bad.csv:2: column 4 'Currency': found 'Dollar', expected an ISO 4217 currency code such as EUR");
    }

    @Test
    void refusesOptionsThatMakeNoSense() {
      assertThatThrownBy(() -> PortfolioReader.parse("Symbol,Quantity,Price\nNVDA,10,118.42\n", "o.csv", "o",
          new Options(Map.of(), Double.NaN, "EURO", false)))
          .hasMessage("--currency: found 'EURO', expected an ISO 4217 currency code such as EUR");
      assertThatThrownBy(() -> PortfolioReader.parse("Symbol,Weight\nNVDA,100\n", "o.csv", "o",
          new Options(Map.of(), -5, "", false)))
          .hasMessage("--total: found -5.0, expected a positive amount");
    }

    @Test
    void skipBadRowsKeepsTheGoodRowsAndListsTheBadOnes() {
      String text = "Symbol,Quantity,Price\nNVDA,ten,118.42\nMU,25,abc\nAMD,5,120\nTSLA,1,-3\n";

      Portfolio p = PortfolioReader.parse(text, "bad.csv", "bad", new Options(Map.of(), Double.NaN, "USD", true));

      assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("AMD");
      assertThat(p.notes()).containsExactly(
          "skipped bad row: bad.csv:2: column 2 'Quantity': found 'ten', " + NUMBER_EXPECTED,
          "skipped bad row: bad.csv:3: column 3 'Price': found 'abc', " + NUMBER_EXPECTED,
          "skipped bad row: bad.csv:5: column 3 'Price': found a negative price -3, expected a price of zero or"
              + " more");
    }

    @Test
    void skipBadRowsStillFailsWhenNoRowIsGood() {
      assertThatThrownBy(() -> PortfolioReader.parse("Symbol,Quantity,Price\nNVDA,ten,118.42\n", "bad.csv", "bad",
          new Options(Map.of(), Double.NaN, "", true)))
          .hasMessage("bad.csv:2: column 2 'Quantity': found 'ten', " + NUMBER_EXPECTED);
    }

    @Test
    void missingFileIsAnInputProblem() {
      assertThatThrownBy(() -> PortfolioReader.read(Path.of("no/such/file.csv"), "file.csv", Options.defaults()))
          .isInstanceOf(InputException.class).hasMessage("file.csv: no such file");
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static Portfolio parse(String text) {
    return PortfolioReader.parse(text, "bad.csv", "bad", Options.defaults());
  }

  static Path resource(String name) {
    URL url = PortfolioReaderTest.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Portfolio read(String name) {
    return read(name, Options.defaults());
  }

  private static Portfolio read(String name, Options options) {
    Path path = resource(name);
    return PortfolioReader.read(path, path.getFileName().toString(), options);
  }

  /** The one-line message of the single problem that refuses the file. */
  private static String refused(String name) {
    InputException e = catchThrowableOfType(InputException.class, () -> read(name));
    assertThat(e).as("%s is refused", name).isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).toString();
  }

  private static Map<String, Double> valueByCurrency(Portfolio p) {
    Map<String, Double> sums = new TreeMap<>();
    for (Holding h : p.holdings()) {
      sums.merge(h.currency(), h.value(), Double::sum);
    }
    return sums;
  }

  private static double sum(Portfolio p, ToDoubleFunction<Holding> f) {
    return p.holdings().stream().mapToDouble(f).sum();
  }

  private static Holding bySymbol(Portfolio p, String symbol) {
    return only(p, h -> h.instrument().symbol().equals(symbol));
  }

  private static Holding byIsin(Portfolio p, String isin) {
    return only(p, h -> h.instrument().isin().equals(isin));
  }

  private static Holding only(Portfolio p, Predicate<Holding> which) {
    List<Holding> found = p.holdings().stream().filter(which).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void aRowSplitByAnotherSeparatorThanTheHeaderIsAnErrorNotAFooter() {
    assertThatThrownBy(() -> PortfolioReader.parse("Symbol,Quantity,Price,Currency\nNVDA,10,142.62,USD\n"
        + "MSFT;5;444.06;USD\n", "m.csv", "m", PortfolioReader.Options.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("m.csv:3: the cells are separated by ';' but the header's by ','; expected one separator"
            + " throughout the file");
  }
}
