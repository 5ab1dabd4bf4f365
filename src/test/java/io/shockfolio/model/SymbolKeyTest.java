package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

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

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "ASML.AS     | ASML NA     | true",
      "ASML.AS     | ASML        | true",
      "NASDAQ:ASML | ASML.AS     | false",
      "TREE UW     | TREE        | true",
      "TREE UW     | TREE UN     | true",
      "BTC         | BTC-USD     | false",
      "ENR.DE      | ENR UN      | false",
  })
  void comparesSpellings(String a, String b, boolean compatible) {
    assertThat(SymbolKey.parse(a).orElseThrow().compatibleWith(SymbolKey.parse(b).orElseThrow()))
        .isEqualTo(compatible);
  }
}
