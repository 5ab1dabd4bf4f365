package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.io.Numbers.DecimalMark;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumbersTest {

  /** Cells whose value does not depend on the file's decimal mark: the number says it itself. */
  static Stream<Arguments> unambiguous() {
    return Stream.of(
        Arguments.of("1,234.56", 1234.56),
        Arguments.of("1.234,56", 1234.56),
        Arguments.of("1657,80", 1657.80), // DEGIRO, "1657,80" once the CSV quotes are gone
        Arguments.of("$822.79", 822.79), // Nasdaq.com
        Arguments.of("8.87%", 8.87),
        Arguments.of("(1,234.00)", -1234.00), // accounting negative
        Arguments.of("\u221217", -17.0), // U+2212 MINUS SIGN
        Arguments.of("1'234.5", 1234.5), // Swiss grouping
        Arguments.of("1’234.5", 1234.5),
        Arguments.of("1.234.567", 1234567.0), // two points can only be grouping
        Arguments.of("1,234,567", 1234567.0),
        Arguments.of("3,956,747,679.36", 3956747679.36), // iShares
        Arguments.of("1.234.567,89", 1234567.89),
        Arguments.of("12,5", 12.5),
        Arguments.of("0,5", 0.5),
        Arguments.of("1 234,56", 1234.56),
        Arguments.of("1\u00a0234,56", 1234.56), // no-break space as grouping
        Arguments.of("€ 12", 12.0),
        Arguments.of("EUR 1.234,56", 1234.56),
        Arguments.of("1,234.56 USD", 1234.56),
        Arguments.of("17-", -17.0), // trailing minus
        Arguments.of("-1.234,56", -1234.56),
        Arguments.of("+5", 5.0),
        Arguments.of(" 42 ", 42.0),
        Arguments.of(".5", 0.5),
        Arguments.of("128237.00", 128237.0),
        Arguments.of("1.5e3", 1500.0),
        Arguments.of("-0.17", -0.17));
  }

  @ParameterizedTest(name = "{0} = {1} whatever the mark")
  @MethodSource("unambiguous")
  void parsesWhatTheNumberItselfMakesClear(String cell, double expected) {
    for (DecimalMark mark : DecimalMark.values()) {
      assertThat(Numbers.parse(cell, mark)).as("%s with %s", cell, mark).hasValueCloseTo(expected, within(1e-9));
    }
  }

  /** {@code 1,234} and {@code 1.234}: the number cannot tell, the file's mark decides. */
  static Stream<Arguments> ambiguous() {
    return Stream.of(
        Arguments.of("1,234", DecimalMark.POINT, 1234.0),
        Arguments.of("1,234", DecimalMark.COMMA, 1.234),
        Arguments.of("1,234", DecimalMark.UNKNOWN, 1234.0), // a lone comma before three digits groups
        Arguments.of("1.234", DecimalMark.POINT, 1.234),
        Arguments.of("1.234", DecimalMark.COMMA, 1234.0),
        Arguments.of("1.234", DecimalMark.UNKNOWN, 1.234), // a lone point is decimal
        Arguments.of("-12,345", DecimalMark.COMMA, -12.345),
        Arguments.of("1.5e3", DecimalMark.COMMA, 1500.0));
  }

  @ParameterizedTest(name = "{0} with {1} = {2}")
  @MethodSource("ambiguous")
  void theFilesMarkDecidesWhatTheNumberCannot(String cell, DecimalMark mark, double expected) {
    assertThat(Numbers.parse(cell, mark)).hasValueCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest(name = "\"{0}\" is missing")
  @MethodSource("missingCells")
  void someCellsMeanMissing(String cell) {
    assertThat(Numbers.isMissing(cell)).isTrue();
    for (DecimalMark mark : DecimalMark.values()) {
      assertThat(Numbers.parse(cell, mark)).isEmpty();
    }
  }

  static Stream<String> missingCells() {
    return Stream.of("-", "NA", "na", "n/a", "N/A", "", "   ", "--", "–", "#N/A", "null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notNumbers")
  void refusesWhatIsNoNumber(String cell) {
    assertThatThrownBy(() -> Numbers.parse(cell, DecimalMark.UNKNOWN)).isInstanceOf(NumberFormatException.class)
        .hasMessage("not a number");
  }

  static Stream<String> notNumbers() {
    return Stream.of("abc", "ten", "NaN", "Infinity", "-Infinity", "EUR", "12.345,678.9", "1-2", "(17", "0x1F",
        "12abc");
  }

  @Test
  void refusesNumbersTooLargeForADouble() {
    assertThatThrownBy(() -> Numbers.parse("1e400", DecimalMark.POINT)).isInstanceOf(NumberFormatException.class)
        .hasMessage(Numbers.TOO_LARGE);
    assertThatThrownBy(() -> Numbers.parse("-1e400", DecimalMark.POINT)).hasMessage(Numbers.TOO_LARGE);
  }

  @Test
  void evidenceOnlyFromNumbersThatTell() {
    assertThat(Numbers.evidence("1.234,56")).isEqualTo(DecimalMark.COMMA);
    assertThat(Numbers.evidence("1657,80")).isEqualTo(DecimalMark.COMMA);
    assertThat(Numbers.evidence("1.234.567")).isEqualTo(DecimalMark.COMMA);
    assertThat(Numbers.evidence("1,234.56")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence("118.42")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence("1,234,567")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence("1,234")).isEqualTo(DecimalMark.UNKNOWN);
    assertThat(Numbers.evidence("1.234")).isEqualTo(DecimalMark.UNKNOWN);
    assertThat(Numbers.evidence("120")).isEqualTo(DecimalMark.UNKNOWN);
    // plain decimals, read in one pass: a point before other than three digits says POINT
    assertThat(Numbers.evidence("12.3456")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence(".5")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence("5.")).isEqualTo(DecimalMark.POINT);
    assertThat(Numbers.evidence("0.125")).isEqualTo(DecimalMark.UNKNOWN);
    assertThat(Numbers.evidence(".")).isEqualTo(DecimalMark.UNKNOWN);
    assertThat(Numbers.evidence("-")).isEqualTo(DecimalMark.UNKNOWN);
    assertThat(Numbers.evidence("EUR")).isEqualTo(DecimalMark.UNKNOWN);
  }
}
