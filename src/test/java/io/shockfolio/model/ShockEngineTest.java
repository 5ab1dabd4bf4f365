package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.io.InstrumentListReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every expected number here is worked by hand from the holdings below; the comment beside each
 * assertion shows the arithmetic.
 */
class ShockEngineTest {

  private static final ShockEngine ENGINE = new ShockEngine(InstrumentRegistry.of(InstrumentListReader.bundled()));
  private static final FxRates USD_EUR = FxRates.of(Map.of("USD/EUR", 0.95));
  private static final LocalDate DAY = LocalDate.of(2025, 1, 27);

  private static Holding security(String symbol, String isin, String currency, double value, String sector, int line) {
    return Holding.of(new Instrument(symbol, isin, "", currency, sector, "", ""), Double.NaN, Double.NaN, value, line);
  }

  private static Holding cash(String currency, double value, int line) {
    return new Holding(new Instrument("", "", "Cash " + currency, currency, "", "", "Cash"), Double.NaN, Double.NaN,
        value, Double.NaN, "", true, List.of(line));
  }

  /**
   * ASML by ISIN 10,000 EUR; NVDA 5,000 USD; a short AVGO line worth -2,000 USD; SAP 4,000 EUR;
   * 1,000 EUR cash; 500 USD cash. At USD/EUR 0.95: 10,000 + 4,750 - 1,900 + 4,000 + 1,000 + 475 = 18,325 EUR.
   */
  private static Portfolio book() {
    return new Portfolio("book", "book.csv", List.of(
        security("", "NL0010273215", "EUR", 10_000, "", 2),
        security("NVDA", "", "USD", 5_000, "", 3),
        security("AVGO", "", "USD", -2_000, "", 4),
        security("SAP.DE", "DE0007164600", "EUR", 4_000, "Software", 5),
        cash("EUR", 1_000, 6),
        cash("USD", 500, 7)), List.of());
  }

  private static Scenario scenario(Shock... shocks) {
    return Scenario.of("test", DAY, "", List.of(shocks));
  }

  private static final Shock ASML = Shock.of(ShockTarget.symbol("ASML.AS"), -0.10, "The Market");
  private static final Shock NVDA = Shock.of(ShockTarget.symbol("NVDA"), -0.17, "heise");
  private static final Shock AVGO = Shock.of(ShockTarget.symbol("AVGO"), -0.17, "KI-Blockbuster");

  @Test
  void appliesDirectShocksAndConvertsToTheBase() {
    ScenarioResult r = ENGINE.apply(book(), scenario(ASML, NVDA, AVGO), "EUR", USD_EUR);
    List<HoldingImpact> i = r.impacts();

    assertThat(r.valueBefore()).isEqualTo(18_325.00);
    assertThat(i).extracting(HoldingImpact::valueBefore)
        .containsExactly(10_000.00, 4_750.00, -1_900.00, 4_000.00, 1_000.00, 475.00);
    // ASML 10,000 x -10% = -1,000; NVDA 4,750 x -17% = -807.50; short AVGO -1,900 x -17% = +323
    assertThat(i).extracting(HoldingImpact::pnl).containsExactly(-1_000.00, -807.50, 323.00, 0.0, 0.0, 0.0);
    // in the holding's own currency: NVDA 5,000 USD x -17% = -850 USD
    assertThat(i.get(1).pnlLocal()).isEqualTo(-850.00);
    // -1,000 - 807.50 + 323 = -1,484.50; 18,325 - 1,484.50 = 16,840.50
    assertThat(r.pnl()).isEqualTo(-1_484.50);
    assertThat(r.valueAfter()).isEqualTo(16_840.50);
    assertThat(r.pnlPct()).isCloseTo(-1_484.50 / 18_325.00, within(1e-15));
    // contribution of ASML: -1,000 / 18,325
    assertThat(r.contribution(i.get(0))).isCloseTo(-0.0545702592, within(1e-10));

    assertThat(i.get(0).price().kind()).isEqualTo(MatchKind.ISIN);
    assertThat(i.get(0).price().detail()).isEqualTo("NL0010273215 → ASML Holding");
    assertThat(i.get(1).price().kind()).isEqualTo(MatchKind.SYMBOL);
    assertThat(i.get(0).method()).isEqualTo(Method.REPORTED);
    assertThat(i.get(3).method()).isEqualTo(Method.NOT_MOVED);
    assertThat(r.unmatched()).hasSize(3);
    assertThat(r.fxRates()).containsEntry("USD/EUR", 0.95);
  }

  @Test
  void currencyAndDefaultShocksCompoundWithPriceMoves() {
    Shock usd = Shock.of(ShockTarget.currency("USD"), -0.02, "own");
    Shock rest = Shock.of(ShockTarget.all(), -0.01, "own");
    ScenarioResult r = ENGINE.apply(book(), scenario(ASML, NVDA, AVGO, usd, rest), "EUR", USD_EUR);

    // NVDA: 4,750 x (0.83 x 0.98 - 1) = 4,750 x -0.1866 = -886.35
    // AVGO short: -1,900 x -0.1866 = +354.54
    // SAP takes *: 4,000 x -1% = -40; EUR cash: untouched by *; USD cash: 475 x -2% = -9.50
    assertThat(r.impacts()).extracting(HoldingImpact::pnl)
        .containsExactly(-1_000.00, -886.35, 354.54, -40.00, 0.0, -9.50);
    // -1,000 - 886.35 + 354.54 - 40 - 9.50 = -1,581.31
    assertThat(r.pnl()).isEqualTo(-1_581.31);
    assertThat(r.impacts().get(3).price().kind()).isEqualTo(MatchKind.DEFAULT);
    assertThat(r.impacts().get(3).method()).isEqualTo(Method.SCENARIO_RULE);
    assertThat(r.impacts().get(5).fx().kind()).isEqualTo(MatchKind.CURRENCY);
    assertThat(r.impacts().get(4).isMatched()).isFalse();
  }

  @Test
  void aSectorRuleReachesHoldingsOfThatSectorIgnoringCase() {
    Shock software = Shock.of(ShockTarget.sector("software"), -0.03, "own");
    ScenarioResult r = ENGINE.apply(book(), scenario(software), "EUR", USD_EUR);
    // SAP 4,000 x -3% = -120
    assertThat(r.impacts().get(3).pnl()).isEqualTo(-120.00);
    assertThat(r.impacts().get(3).price().kind()).isEqualTo(MatchKind.SECTOR);
  }

  @Test
  void holdingsTakeTheirSectorFromTheReferenceList() {
    ScenarioResult r = ENGINE.apply(book(), scenario(NVDA), "EUR", USD_EUR);
    assertThat(r.impacts().get(1).holding().instrument().sector()).isEqualTo("Semiconductors");
    // largest value first: ASML 10,000; SAP 4,000; NVDA 4,750 + AVGO -1,900 = 2,850; cash 1,000 + 475
    assertThat(r.bySector()).extracting(b -> b.key())
        .containsExactly("Semiconductor equipment", "Software", "Semiconductors", "Cash");
    assertThat(r.bySector()).extracting(b -> b.valueBefore()).containsExactly(10_000.00, 4_000.00, 2_850.00, 1_475.00);
  }

  @Test
  void anotherCompanyWithTheSameTickerIsNotShocked() {
    Portfolio p = new Portfolio("us", "us.csv", List.of(security("ENR", "", "USD", 1_000, "", 2)), List.of());
    Shock enr = Shock.of(ShockTarget.symbol("ENR.DE"), -0.19, "The Market");
    ScenarioResult r = ENGINE.apply(p, scenario(enr), "USD", FxRates.none());
    assertThat(r.pnl()).isZero();
    assertThat(r.warnings()).contains(
        "us.csv:2: ticker ENR (USD) was not taken for Siemens Energy (XETRA:ENR, EUR): the venue or currency differs",
        "1 of 1 shocks matched no holding directly: ENR.DE -19%");
  }

  @Test
  void aFilesOwnBaseValueIsUsedToTheCent() {
    // DEGIRO line: ALPHABET 4776,98 USD, 4168,39 EUR
    Holding googl = new Holding(new Instrument("", "US02079K1079", "ALPHABET INC CLASS C", "USD", "", "", ""),
        13, 367.46, 4776.98, 4168.39, "EUR", false, List.of(5));
    Portfolio p = new Portfolio("degiro", "d.csv", List.of(googl), List.of());
    Shock s = Shock.of(ShockTarget.isin("US02079K1079"), -0.05, "own");
    ScenarioResult r = ENGINE.apply(p, scenario(s), ShockEngine.defaultBaseCurrency(p), FxRates.none());
    assertThat(r.baseCurrency()).isEqualTo("EUR");
    assertThat(r.valueBefore()).isEqualTo(4168.39);
    // 4,168.39 x -5% = -208.4195 -> -208.42
    assertThat(r.pnl()).isEqualTo(-208.42);
    // implied rate 4168.39 / 4776.98
    assertThat(r.fxRates().get("USD/EUR")).isCloseTo(0.872599, within(1e-6));
  }

  @Test
  void twoSpellingsOfOneInstrumentInAScenarioAreRefused() {
    Shock byIsin = Shock.of(ShockTarget.isin("US67066G1040"), -0.05, "own");
    assertThatThrownBy(() -> ENGINE.apply(book(), scenario(NVDA, byIsin), "EUR", USD_EUR))
        .isInstanceOf(InputException.class)
        .hasMessage("scenario test: targets NVDA and isin:US67066G1040 both name Nvidia; keep one move per instrument");
  }

  @Test
  void theFilesOwnBaseValuesWinOverAnFxOptionThatDisagrees() {
    Holding googl = new Holding(new Instrument("", "US02079K1079", "ALPHABET INC CLASS C", "USD", "", "", ""),
        13, 367.46, 4776.98, 4168.39, "EUR", false, List.of(5));
    Portfolio p = new Portfolio("degiro", "d.csv", List.of(googl), List.of());
    ScenarioResult r = ENGINE.apply(p, scenario(NVDA), "EUR", FxRates.of(Map.of("USD/EUR", 0.5, "GBP/EUR", 1.2)));
    assertThat(r.valueBefore()).isEqualTo(4168.39);
    // the file implies 4168.39 / 4776.98 = 0.8726
    assertThat(r.warnings()).contains(
        "--fx USD/EUR=0.5 differs from the rate the file implies (0.8726); the file's own values are used for its"
            + " lines",
        "--fx GBP/EUR=1.2 was not needed: no holding is in GBP");
  }

  @Test
  void aNetShortPortfolioThatGainsShowsAPositivePercentage() {
    // short NVDA worth -5,000 USD = -4,750 EUR; -17% gives +807.50, i.e. +17% of |-4,750|
    Portfolio p = new Portfolio("short", "s.csv", List.of(security("NVDA", "", "USD", -5_000, "", 2)), List.of());
    ScenarioResult r = ENGINE.apply(p, scenario(NVDA), "EUR", USD_EUR);
    assertThat(r.pnl()).isEqualTo(807.50);
    assertThat(r.pnlPct()).isCloseTo(0.17, within(1e-12));
    assertThat(r.bySector().get(0).pnlPct()).isCloseTo(0.17, within(1e-12));
  }

  @Test
  void aCurrencyShockOnTheBaseCurrencyMovesNothingAndSaysSo() {
    Shock eur = Shock.of(ShockTarget.currency("EUR"), -0.10, "own");
    ScenarioResult r = ENGINE.apply(book(), scenario(eur), "EUR", USD_EUR);
    assertThat(r.pnl()).isZero();
    assertThat(r.warnings()).anyMatch(w -> w.startsWith("currency:EUR -10% is a move of the base currency itself"));
  }

  @Test
  void aHoldingMovedOnlyByItsCurrencySaysSo() {
    Shock usd = Shock.of(ShockTarget.currency("USD"), -0.02, "own");
    ScenarioResult r = ENGINE.apply(book(), scenario(usd), "EUR", USD_EUR);
    HoldingImpact nvda = r.impacts().get(1);
    assertThat(nvda.matchedBy()).isEqualTo(MatchKind.CURRENCY);
    assertThat(nvda.method()).isEqualTo(Method.SCENARIO_RULE);
    // 4,750 x -2% = -95
    assertThat(nvda.pnl()).isEqualTo(-95.00);
  }

  @Test
  void aBareScenarioTickerIsTheUsLine() {
    // SU on the NYSE is Suncor, SU.PA is Schneider Electric; ENR on the NYSE is Energizer
    Portfolio p = new Portfolio("mix", "mix.csv", List.of(
        security("SU", "", "USD", 1_000, "", 2),
        security("SU.PA", "", "EUR", 1_000, "", 3),
        security("ENR", "", "USD", 1_000, "", 4)), List.of());
    Scenario s = scenario(Shock.of(ShockTarget.symbol("SU"), -0.05, "own"),
        Shock.of(ShockTarget.symbol("ENR"), -0.03, "own"));
    ScenarioResult r = ENGINE.apply(p, s, "USD", FxRates.of(Map.of("EUR/USD", 1.0)));
    // Suncor 1,000 x -5% = -50; Schneider untouched; Energizer 1,000 x -3% = -30
    assertThat(r.impacts()).extracting(HoldingImpact::pnl).containsExactly(-50.00, 0.0, -30.00);
  }

  @Test
  void aCompanyNameIsNotEnoughAgainstAnotherIsin() {
    // Bitcoin Group SE (DE000A1TNV91) is a German stock, not Bitcoin
    Portfolio p = new Portfolio("btc", "btc.csv", List.of(Holding.of(
        new Instrument("ADE.DE", "DE000A1TNV91", "Bitcoin Group SE", "EUR", "", "", ""), 10, 40, 400, 2)), List.of());
    ScenarioResult r = ENGINE.apply(p, scenario(Shock.of(ShockTarget.symbol("BTC-USD"), -0.12, "x")), "EUR",
        FxRates.none());
    assertThat(r.pnl()).isZero();
  }

  @Test
  void anFxRateGivenTheOtherWayRoundStillWinsForLinesWithoutAFileValue() {
    // ALPHABET carries its EUR value (implies USD/EUR 0.8726); MSFT has none and must use --fx
    Holding googl = new Holding(new Instrument("", "US02079K1079", "ALPHABET", "USD", "", "", ""),
        13, 367.46, 4776.98, 4168.39, "EUR", false, List.of(2));
    Holding msft = security("MSFT", "", "USD", 1_000, "", 3);
    Portfolio p = new Portfolio("p", "p.csv", List.of(googl, msft), List.of());
    ScenarioResult r = ENGINE.apply(p, scenario(NVDA), "EUR", FxRates.of(Map.of("EUR/USD", 1.25)));
    // MSFT: 1,000 USD / 1.25 = 800 EUR
    assertThat(r.impacts().get(1).valueBefore()).isEqualTo(800.00);
  }

  @Test
  void theSectorModelCountsAReportedIsinTheReferenceListDoesNotKnow() {
    // FOO carries the reported ISIN; BAR shares its file sector "Widgets" and takes the sector's
    // average reported move: the only one, -20%. 1,000 x -20% = -200 each.
    Portfolio p = new Portfolio("w", "w.csv", List.of(
        security("FOO", "XS0000000001", "EUR", 1_000, "Widgets", 2),
        security("BAR", "", "EUR", 1_000, "Widgets", 3)), List.of());
    Scenario s = scenario(Shock.of(ShockTarget.isin("XS0000000001"), -0.20, "own"));
    ScenarioResult r = ENGINE.apply(p, s, "EUR", FxRates.none(),
        new SectorModel(s, InstrumentRegistry.of(InstrumentListReader.bundled()), p));
    assertThat(r.impacts()).extracting(HoldingImpact::pnl).containsExactly(-200.00, -200.00);
    assertThat(r.impacts().get(1).method()).isEqualTo(Method.SECTOR_AVERAGE);
  }

  @Test
  void saysWhichRateIsMissing() {
    assertThatThrownBy(() -> ENGINE.apply(book(), scenario(NVDA), "EUR", FxRates.none()))
        .isInstanceOf(InputException.class)
        .hasMessage("book.csv: no exchange rate for USD/EUR; give one with --fx USD/EUR=<rate> (units of EUR per"
            + " unit of USD)");
  }

  @Test
  void theBaseCurrencyMustBeChosenForAMixedPortfolioWithoutOne() {
    assertThatThrownBy(() -> ShockEngine.defaultBaseCurrency(book()))
        .isInstanceOf(InputException.class)
        .hasMessage("book.csv: the holdings are in EUR, USD; choose the currency to report in with --base and"
            + " give the rates, e.g. --base EUR --fx USD/EUR=<rate>");
  }

  @Test
  void holdingsAddUpToTheTotalToTheCent() {
    // 1,000 holdings of 33.33 EUR each, all -17%: each loses 5.6661 -> 5.67; the total is the
    // sum of the rounded amounts, 1,000 x -5.67 = -5,670.00, not -5,666.10
    List<Holding> many = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      many.add(security("NVDA", "", "EUR", 33.33, "", k + 2));
    }
    Portfolio p = new Portfolio("many", "many.csv", many, List.of());
    ScenarioResult r = ENGINE.apply(p, scenario(Shock.of(ShockTarget.all(), -0.17, "x")), "EUR", FxRates.none());
    assertThat(r.pnl()).isEqualTo(-5_670.00);
    assertThat(r.valueBefore()).isEqualTo(33_330.00);
    double sum = r.impacts().stream().mapToLong(i -> Math.round(i.pnl() * 100)).sum() / 100.0;
    assertThat(sum).isEqualTo(r.pnl());
  }

  @Test
  void explainsWhyEachHoldingMoved() {
    ScenarioResult r = ENGINE.apply(book(), scenario(ASML), "EUR", USD_EUR);
    assertThat(r.impacts().get(0).explain()).isEqualTo(
        "NL0010273215: -10% from ASML.AS (close, The Market), matched by ISIN NL0010273215 → ASML Holding");
    assertThat(r.impacts().get(3).explain()).isEqualTo("SAP.DE: not moved; no shock of the scenario matches it");
    assertThat(r.impacts().get(4).explain()).isEqualTo("Cash EUR: not moved; cash moves only with a currency shock");
    ScenarioResult withNvda = ENGINE.apply(book(), scenario(NVDA), "EUR", USD_EUR);
    assertThat(withNvda.impacts().get(1).explain()).isEqualTo(
        "NVDA: -17% from NVDA (close, heise), matched by symbol NVDA → Nvidia");
  }

  /**
   * A scenario indexed once ({@link ShockEngine#prepare}) and a portfolio resolved and valued once
   * ({@link ShockEngine#resolve}), as a batch applies them, give what {@code apply} gives from
   * scratch. The portfolio meets every kind of match; at USD/EUR 0.95 in EUR:
   *
   * <pre>
   * line  holding                          before   price move               fx     P&amp;L
   *  2    ASML by ISIN, 10,000 EUR         10,000   -10% (isin shock)         -     -1,000.00
   *  3    NVDA 5,000 USD, file sector IT    4,750   -17% (ticker)            -3%      -925.78
   *  4    SAP.DE 4,000 EUR, Software        4,000    -5% (sector:Software)    -       -200.00
   *  5    ZZQX 1,000 USD, no sector           950    -2% (*)                  -3%       -46.93
   *  6    QQZX 2,000 USD, IT                1,900    -2% (*), sector model -17%  -3%   -93.86 / -370.31
   *  7    cash 500 USD                        475     -                       -3%       -14.25
   *  8    cash 1,000 EUR                    1,000     -                        -          0
   * </pre>
   *
   * NVDA: -17% and -3% compound to -0.17 - 0.03 + 0.0051 = -19.49%, 4,750 x -0.1949 = -925.775,
   * half up -925.78. ZZQX: -2% and -3% give -4.94%, 950 x -0.0494 = -46.93; QQZX 1,900 x -0.0494 =
   * -93.86, or with the sector model, which gives its file sector "Information Technology" the
   * average of the reported moves of that sector (NVDA's file says IT: -17%), 1,900 x -0.1949 =
   * -370.31. Cash USD 475 x -3% = -14.25. Value before 10,000 + 4,750 + 4,000 + 950 + 1,900 + 475 +
   * 1,000 = 23,075; P&amp;L -1,000 - 925.78 - 200 - 46.93 - 93.86 - 14.25 = -2,280.82 (none), and
   * -2,557.27 with -370.31 for QQZX (sector).
   */
  @org.junit.jupiter.api.Nested
  class PreparedOnce {

    private final Portfolio mixed = new Portfolio("mixed", "mixed.csv", List.of(
        security("", "NL0010273215", "EUR", 10_000, "", 2),
        security("NVDA", "", "USD", 5_000, "Information Technology", 3),
        security("SAP.DE", "DE0007164600", "EUR", 4_000, "Software", 4),
        security("ZZQX", "", "USD", 1_000, "", 5),
        security("QQZX", "", "USD", 2_000, "Information Technology", 6),
        cash("USD", 500, 7),
        cash("EUR", 1_000, 8)), List.of());

    private final Scenario everyKind = scenario(
        Shock.of(ShockTarget.isin("NL0010273215"), -0.10, "t"),
        Shock.of(ShockTarget.symbol("NVDA"), -0.17, "t"),
        Shock.of(ShockTarget.sector("Software"), -0.05, "t"),
        Shock.of(ShockTarget.all(), -0.02, "t"),
        Shock.of(ShockTarget.currency("USD"), -0.03, "t"),
        AVGO); // held by the book, not by this portfolio

    /** An engine on the reference list the sector model reads. */
    private final ShockEngine engine = new ShockEngine(Fixtures.REGISTRY);

    @Test
    void givesWhatApplyGivesWithoutAModel() {
      ScenarioResult once = ENGINE.apply(ENGINE.resolve(mixed, "EUR", USD_EUR), ENGINE.prepare(everyKind),
          Propagation.none(), false);
      ScenarioResult scratch = ENGINE.apply(mixed, everyKind, "EUR", USD_EUR);

      assertThat(once.impacts()).isEqualTo(scratch.impacts());
      assertThat(once.impacts()).extracting(i -> i.price().kind()).containsExactly(MatchKind.ISIN, MatchKind.SYMBOL,
          MatchKind.SECTOR, MatchKind.DEFAULT, MatchKind.DEFAULT, MatchKind.NONE, MatchKind.NONE);
      assertThat(once.impacts()).extracting(i -> i.fx().kind()).containsExactly(MatchKind.NONE, MatchKind.CURRENCY,
          MatchKind.NONE, MatchKind.CURRENCY, MatchKind.CURRENCY, MatchKind.CURRENCY, MatchKind.NONE);
      assertThat(once.impacts()).extracting(HoldingImpact::pnl)
          .containsExactly(-1_000.00, -925.78, -200.00, -46.93, -93.86, -14.25, 0.0);
      assertThat(once.valueBefore()).isEqualTo(23_075.00);
      assertThat(once.pnl()).isEqualTo(-2_280.82).isEqualTo(scratch.pnl());
      assertThat(once.fxRates()).isEqualTo(scratch.fxRates()).isEqualTo(Map.of("USD/EUR", 0.95));
      // the batch asks for no warnings and none is built; from scratch the same run has its note
      assertThat(once.warnings()).isEmpty();
      assertThat(scratch.warnings()).containsExactly("1 of 6 shocks matched no holding directly: AVGO -17%");
    }

    @Test
    void givesWhatApplyGivesWithTheSectorModel() {
      ShockEngine.ResolvedPortfolio resolved = engine.resolve(mixed, "EUR", USD_EUR);
      SectorModel.Prepared sectors = new SectorModel.Prepared(everyKind, Fixtures.REGISTRY);
      ScenarioResult once = engine.apply(resolved, engine.prepare(everyKind), sectors.forPortfolio(resolved), false);
      ScenarioResult scratch = engine.apply(mixed, everyKind, "EUR", USD_EUR,
          new SectorModel(everyKind, Fixtures.REGISTRY, mixed));

      assertThat(once.impacts()).isEqualTo(scratch.impacts());
      assertThat(once.impacts().get(4).method()).isEqualTo(Method.SECTOR_AVERAGE);
      assertThat(once.impacts().get(4).estimate().inputs())
          .isEqualTo("the average reported move of Information Technology: NVDA -17%");
      assertThat(once.impacts()).extracting(HoldingImpact::pnl)
          .containsExactly(-1_000.00, -925.78, -200.00, -46.93, -370.31, -14.25, 0.0);
      assertThat(once.pnl()).isEqualTo(-2_557.27).isEqualTo(scratch.pnl());
    }

    @Test
    void onePreparedScenarioServesManyPortfoliosAndKeepsNothingOfThem() {
      ShockEngine.PreparedScenario prepared = ENGINE.prepare(everyKind);
      // the book first, whose AVGO line uses the AVGO shock; then the mixed portfolio, as if alone
      ScenarioResult first = ENGINE.apply(ENGINE.resolve(book(), "EUR", USD_EUR), prepared, Propagation.none(), true);
      ScenarioResult second = ENGINE.apply(ENGINE.resolve(mixed, "EUR", USD_EUR), prepared, Propagation.none(), true);

      assertThat(first.warnings()).noneMatch(w -> w.contains("AVGO"));
      ScenarioResult alone = ENGINE.apply(mixed, everyKind, "EUR", USD_EUR);
      assertThat(second.impacts()).isEqualTo(alone.impacts());
      // which shocks matched nothing is each portfolio's own
      assertThat(second.warnings()).isEqualTo(alone.warnings())
          .containsExactly("1 of 6 shocks matched no holding directly: AVGO -17%");
    }

    @Test
    void aCurrencyShockOnTheBaseIsNotedPerPortfolioNotPerScenario() {
      ShockEngine.PreparedScenario prepared = ENGINE.prepare(everyKind);
      // in USD the USD shock moves nothing; in EUR it moves the USD lines (above)
      ScenarioResult inUsd = ENGINE.apply(ENGINE.resolve(mixed, "USD", FxRates.of(Map.of("EUR/USD", 1.25))),
          prepared, Propagation.none(), true);
      ScenarioResult alone = ENGINE.apply(mixed, everyKind, "USD", FxRates.of(Map.of("EUR/USD", 1.25)));

      assertThat(inUsd.impacts()).isEqualTo(alone.impacts());
      assertThat(inUsd.impacts()).allMatch(i -> i.fx().kind() == MatchKind.NONE);
      assertThat(inUsd.warnings()).isEqualTo(alone.warnings())
          .anyMatch(w -> w.startsWith("currency:USD -3% is a move of the base currency itself"));
    }

    @Test
    void aMissingRateFailsEveryPairAsApplyDoes() {
      ShockEngine.ResolvedPortfolio noRate = ENGINE.resolve(mixed, "EUR", FxRates.none());
      assertThatThrownBy(() -> ENGINE.apply(noRate, ENGINE.prepare(everyKind), Propagation.none(), false))
          .isInstanceOf(InputException.class)
          .hasMessage("mixed.csv: no exchange rate for USD/EUR; give one with --fx USD/EUR=<rate> (units of EUR per"
              + " unit of USD)");
      assertThatThrownBy(() -> ENGINE.apply(mixed, everyKind, "EUR", FxRates.none()))
          .isInstanceOf(InputException.class)
          .hasMessage("mixed.csv: no exchange rate for USD/EUR; give one with --fx USD/EUR=<rate> (units of EUR per"
              + " unit of USD)");
    }
  }
}
