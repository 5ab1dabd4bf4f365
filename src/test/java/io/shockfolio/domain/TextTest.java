package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

  /** Text.fold as first written, with regular expressions throughout: what fold must still give. */
  private static String reference(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("[^\\p{Alnum}]+", " ").trim();
  }

  @Test
  void foldsHeadersSectorsAndNamesAsPeopleWriteThem() {
    assertThat(Text.fold("Stück")).isEqualTo("stuck");
    assertThat(Text.fold("STUCK")).isEqualTo("stuck");
    assertThat(Text.fold("market value($)")).isEqualTo("market value");
    assertThat(Text.fold("Straße")).isEqualTo("strasse");
    assertThat(Text.fold("  Semi-conductors  ")).isEqualTo("semi conductors");
    assertThat(Text.fold("")).isEmpty();
    assertThat(Text.fold("--")).isEmpty();
  }

  @Test
  void asciiTextFoldsAsTheRegularExpressionsDid() {
    // every printable ASCII character and tab, in random strings of up to 12
    Random random = new Random(7);
    String alphabet = "\t " + java.util.stream.IntStream.range(33, 127).mapToObj(c -> String.valueOf((char) c))
        .reduce("", String::concat);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(13); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Text.fold(text)).as("'%s'", text).isEqualTo(reference(text));
    }
    for (String text : new String[] {"Société Générale", "Øresund", "Nestlé S.A.", "ÄKTIE ß", "\u00a0x\u00a0"}) {
      assertThat(Text.fold(text)).as("'%s'", text).isEqualTo(reference(text));
    }
  }
}
