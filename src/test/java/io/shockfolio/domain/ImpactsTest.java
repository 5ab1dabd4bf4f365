package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Impacts kept in columns give back the impacts they were given, and explain them as the impacts would. */
class ImpactsTest {

  private static final Shock NVDA = Shock.of(ShockTarget.symbol("NVDA"), -0.17, "Reuters");
  private static final Shock EUR = Shock.of(ShockTarget.currency("EUR"), -0.02, "ECB");

  private static Holding holding(String symbol, String currency, String sector, double value, int line) {
    return Holding.of(new Instrument(symbol, "", "", currency, sector, "", ""), Double.NaN, Double.NaN, value, line);
  }

  @Test
  void givesBackEveryImpactWithItsExplanation() {
    Holding nvda = holding("NVDA", "USD", "Semiconductors", 1_000, 2);
    Holding amd = holding("AMD", "USD", "Semiconductors", 500, 3);
    Holding sap = holding("SAP.DE", "EUR", "", 2_000, 4);
    Holding cash = new Holding(new Instrument("", "", "Cash", "USD", "", "", ""), Double.NaN, Double.NaN, 100,
        Double.NaN, "", true, List.of(5));
    Estimate sector = new Estimate(-0.17, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE, List.of(
        new Estimate.Contribution("NVDA", -0.17)), "the average reported move of Semiconductors: NVDA -17%");
    // hand-worked: 1,000 x -17% = -170; 500 x -17% = -85; 2,000 EUR at 1.04 = 2,080 USD, x -2% = -41.60
    List<HoldingImpact> given = List.of(
        new HoldingImpact(nvda, Match.of(MatchKind.SYMBOL, NVDA, "NVDA"), Match.none(), Method.REPORTED, null,
            1_000, -170, -170),
        new HoldingImpact(amd, Match.none(), Match.none(), Method.SECTOR_AVERAGE, sector, 500, -85, -85),
        new HoldingImpact(sap, Match.none(), Match.of(MatchKind.CURRENCY, EUR, "EUR"), Method.SCENARIO_RULE, null,
            2_080, -41.60, 0),
        new HoldingImpact(cash, Match.none(), Match.none(), Method.NOT_MOVED, null, 100, 0, 0));

    Impacts columns = Impacts.of(given);

    assertThat(columns).containsExactlyElementsOf(given);
    for (int i = 0; i < given.size(); i++) {
      assertThat(columns.get(i).explain()).isEqualTo(given.get(i).explain());
      assertThat(columns.pnl(i)).isEqualTo(given.get(i).pnl());
      assertThat(columns.pnlLocal(i)).isEqualTo(given.get(i).pnlLocal());
      assertThat(columns.valueBefore(i)).isEqualTo(given.get(i).valueBefore());
      assertThat(columns.isMatched(i)).isEqualTo(given.get(i).isMatched());
      assertThat(columns.isEstimated(i)).isEqualTo(given.get(i).isEstimated());
      assertThat(columns.isCash(i)).isEqualTo(given.get(i).holding().cash());
      assertThat(columns.currency(i)).isEqualTo(given.get(i).holding().currency());
    }
    assertThat(columns.get(1).explain())
        .isEqualTo("AMD: -17% estimated by the sector model from the average reported move of Semiconductors: NVDA -17%");
    assertThat(Impacts.of(columns)).isSameAs(columns);
  }

  @Test
  void aHoldingTheEngineChangedIsKeptBesideThePortfolios() {
    // the engine fills in a sector from the reference list: the impact names that holding, the
    // portfolio keeps its own
    Holding asml = holding("ASML", "EUR", "", 1_000, 2);
    Holding withSector = new Holding(asml.instrument().withSector("Semiconductors"), asml.quantity(), asml.price(),
        asml.value(), asml.fileBaseValue(), asml.fileBaseCurrency(), asml.cash(), asml.lines());
    Holdings portfolio = Holdings.of(List.of(holding("X", "EUR", "Banks", 10, 1), asml));

    Impacts impacts = new Impacts.Builder(portfolio)
        .add(0, null, Match.none(), Match.none(), Method.NOT_MOVED, null, 10, 0, 0)
        .add(1, withSector, Match.none(), Match.none(), Method.NOT_MOVED, null, 1_000, 0, 0)
        .build();

    assertThat(impacts.get(1).holding()).isEqualTo(withSector);
    assertThat(impacts.sector(1)).isEqualTo("Semiconductors");
    assertThat(impacts.sector(0)).isEqualTo("Banks");
    assertThat(portfolio.get(1).instrument().sector()).isEmpty();
  }
}
