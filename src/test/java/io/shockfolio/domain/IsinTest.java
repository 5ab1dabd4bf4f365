package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsinTest {

  // Valid ISINs are real ones from issuers' and brokers' files; the invalid ones change one
  // character (the check digit, or a letter) of a valid one, or break the syntax.
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "US67066G1040, true", "NL0010273215, true", "DE000ENER6Y0, true", "JP3571400005, true",
      "CH0311864901, true", "IE00B5BMR087, true", "US0378331005, true",
      "US67066G1041, false", "DE000ENER6Y1, false", "NL001027321, false", "1L0010273215, false",
      "XX, false", "'', false"})
  void checksSyntaxAndCheckDigit(String isin, boolean valid) {
    assertThat(Isin.isValid(isin)).isEqualTo(valid);
  }
}
