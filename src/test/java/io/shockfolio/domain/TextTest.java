package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void foldsCaseAccentsAndPunctuation() {
    assertThat(Text.fold("Stück")).isEqualTo("stuck");
    assertThat(Text.fold("STUCK")).isEqualTo("stuck");
    assertThat(Text.fold("Quantité")).isEqualTo("quantite");
    assertThat(Text.fold("Straße")).isEqualTo("strasse");
    assertThat(Text.fold("market value($)")).isEqualTo("market value");
    assertThat(Text.fold("Symbool/ISIN")).isEqualTo("symbool isin");
  }

  @Test
  void runsOfOtherCharactersAreOneSpaceAndNoneAtTheEnds() {
    assertThat(Text.fold("  Semi--Conductors  ")).isEqualTo("semi conductors");
    assertThat(Text.fold("\tHealth\u00a0Care\n")).isEqualTo("health care");
    assertThat(Text.fold("% of Fund")).isEqualTo("of fund");
    assertThat(Text.fold("()")).isEmpty();
    assertThat(Text.fold("")).isEmpty();
    // letters beyond ASCII that do not decompose are not letters here, as before: ø splits the word
    assertThat(Text.fold("Ørsted A/S")).isEqualTo("rsted a s");
  }

  @Test
  void asciiTextAlreadyFoldedComesBackEqual() {
    assertThat(Text.fold("information technology")).isEqualTo("information technology");
    assertThat(Text.fold("h000463")).isEqualTo("h000463");
  }
}
