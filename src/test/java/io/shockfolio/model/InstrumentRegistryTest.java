package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.io.InstrumentListReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled reference list, as the matcher sees it. */
class InstrumentRegistryTest {

  private static final InstrumentRegistry REGISTRY = InstrumentRegistry.of(InstrumentListReader.bundled());

  private static Instrument holding(String symbol, String isin, String name, String currency) {
    return new Instrument(symbol, isin, name, currency, "", "", "");
  }

  @Test
  void everyIsinOfTheListPassesItsCheckDigit() {
    assertThat(REGISTRY.instruments()).filteredOn(i -> !i.isin().isEmpty())
        .allSatisfy(i -> assertThat(io.shockfolio.domain.Isin.isValid(i.isin())).as(i.name()).isTrue())
        .hasSize(14);
  }

  @Test
  void findsSiemensEnergyByIsinAlone() {
    // DEGIRO gives only the ISIN: "SIEMENS ENERGY AG,DE000ENER6Y0,120,..."
    var r = REGISTRY.resolve(holding("", "DE000ENER6Y0", "SIEMENS ENERGY AG", "EUR")).orElseThrow();
    assertThat(r.instrument().name()).isEqualTo("Siemens Energy");
    assertThat(r.kind()).isEqualTo(MatchKind.ISIN);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({"ASML.AS,EUR", "ASML NA,EUR", "NASDAQ:ASML,USD", "ASML,EUR", "ASML,USD"})
  void findsAsmlUnderEveryVenueSpelling(String symbol, String currency) {
    var r = REGISTRY.resolve(holding(symbol, "", "", currency)).orElseThrow();
    assertThat(r.instrument().isin()).isEqualTo("NL0010273215");
    assertThat(r.kind()).isEqualTo(MatchKind.SYMBOL);
  }

  @Test
  void findsByNameWhenThereIsNoIdentifier() {
    var r = REGISTRY.resolve(holding("", "", "ADVANCED MICRO DEVICES INC", "USD")).orElseThrow();
    assertThat(r.instrument().name()).isEqualTo("AMD");
    assertThat(r.kind()).isEqualTo(MatchKind.NAME);
  }

  @Test
  void theBtcEtfIsNotBitcoin() {
    // BTC is the Grayscale Bitcoin Mini Trust ETF; Bitcoin is BTC-USD
    assertThat(REGISTRY.resolve(holding("BTC", "", "GRAYSCALE BITCOIN MINI TRUST ETF", "USD"))).isEmpty();
    assertThat(REGISTRY.resolve(holding("GBTC", "", "GRAYSCALE BITCOIN TRUST BTC", "USD"))).isEmpty();
    assertThat(REGISTRY.resolve(holding("BTC-USD", "", "Bitcoin", "USD")).orElseThrow().instrument().name())
        .isEqualTo("Bitcoin");
  }

  @Test
  void aTickerOfAnotherVenueIsNotTakenForTheListedCompany() {
    // ENR on the NYSE is Energizer, SU on the NYSE is Suncor; both trade in USD
    Instrument energizer = holding("ENR", "", "ENERGIZER HOLDINGS INC", "USD");
    Instrument suncor = holding("SU", "", "SUNCOR ENERGY INC", "USD");
    assertThat(REGISTRY.resolve(energizer)).isEmpty();
    assertThat(REGISTRY.resolve(suncor)).isEmpty();
    assertThat(REGISTRY.collision(energizer)).hasValue(
        "ticker ENR (USD) was not taken for Siemens Energy (XETRA:ENR, EUR): the venue or currency differs");
    assertThat(REGISTRY.resolve(holding("ENR.DE", "", "", "EUR"))).isPresent();
    assertThat(REGISTRY.resolve(holding("ENR", "", "", "EUR"))).isPresent();
  }

  @Test
  void aBareUsTickerValuedInAnotherCurrencyIsStillTheUsLine() {
    // a list valued in EUR ("Value (EUR)", or weights of a EUR total) still holds Nvidia
    assertThat(REGISTRY.resolve(holding("NVDA", "", "", "EUR")).orElseThrow().instrument().name()).isEqualTo("Nvidia");
    // a coin or an index has no venue: a bare ticker in another currency still finds it, as a target does
    assertThat(REGISTRY.resolve(holding("BTC-USD", "", "", "EUR")).orElseThrow().instrument().name())
        .isEqualTo("Bitcoin");
    // but a bare ticker is never taken for a non-US listing in another currency
    assertThat(REGISTRY.resolve(holding("SU", "", "", "USD"))).isEmpty();
  }

  @Test
  void resolvesScenarioTargets() {
    assertThat(REGISTRY.resolve(ShockTarget.symbol("ENR.DE")).orElseThrow().isin()).isEqualTo("DE000ENER6Y0");
    assertThat(REGISTRY.resolve(ShockTarget.symbol("ASML.AS")).orElseThrow().isin()).isEqualTo("NL0010273215");
    assertThat(REGISTRY.resolve(ShockTarget.isin("US67066G1040")).orElseThrow().name()).isEqualTo("Nvidia");
    assertThat(REGISTRY.resolve(ShockTarget.symbol("TSLA"))).isEmpty();
    // a bare ENR is the US ticker (Energizer), not Siemens Energy on Xetra
    assertThat(REGISTRY.resolve(ShockTarget.symbol("ENR"))).isEmpty();
  }
}
