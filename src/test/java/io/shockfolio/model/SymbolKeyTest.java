package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Venue;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolKeyTest {

  @ParameterizedTest(name = "{0} -> {1} on {2}")
  @CsvSource(delimiter = '|', value = {
      "ASML        | ASML    | ",
      "ASML.AS     | ASML    | XAMS",
      "ASML NA     | ASML    | XAMS",
      "NASDAQ:ASML | ASML    | NASDAQ",
      "asml.as     | ASML    | XAMS",
      "TREE UW     | TREE    | NASDAQ",
      "ASML NA Equity | ASML | XAMS",
      "ENR.DE      | ENR     | XETRA",
      "8035.T      | 8035    | TOKYO",
      "VACN.SW     | VACN    | SIX",
      "BRK.B       | BRK.B   | ",
      "BTC-USD     | BTC-USD | ",
      "BTC         | BTC     | ",
  })
  void setsTheVenueApartFromTheRoot(String text, String root, String venue) {
    SymbolKey key = SymbolKey.parse(text).orElseThrow();
    assertThat(key.root()).isEqualTo(root);
    assertThat(key.venue()).isEqualTo(venue == null ? Optional.empty() : Optional.of(Venue.valueOf(venue)));
  }

  @ParameterizedTest(name = "scenario {0} names holding {1} in {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "ASML.AS     | ASML NA     | EUR | true",
      "ASML.AS     | ASML        | EUR | true",
      "ASML.AS     | ASML        | USD | false",
      "NASDAQ:ASML | ASML.AS     | EUR | false",
      "TREE UW     | TREE        | USD | true",
      "TREE UW     | TREE UN     | USD | true",
      "TREE        | TREE UW     | USD | true",
      "BTC         | BTC-USD     | USD | false",
      "ENR.DE      | ENR UN      | USD | false",
      "SU          | SU          | USD | true",
      "SU          | SU.PA       | EUR | false",
      "SAP.DE      | SAP         | EUR | true",
      "VOD.L       | VOD         | GBP | true",
  })
  void aScenarioTickerNamesAHoldingOnlyOnTheSameMarket(String target, String holding, String currency,
      boolean names) {
    assertThat(SymbolKey.parse(target).orElseThrow().canName(SymbolKey.parse(holding).orElseThrow(), currency))
        .isEqualTo(names);
  }
}
