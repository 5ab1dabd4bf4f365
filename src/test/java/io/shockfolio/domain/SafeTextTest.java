package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void controlCharactersBecomeSpacesButTabAndLineBreaksStay() {
    assertThat(SafeText.printable("bell\u0007 nul\u0000 esc\u001b[31m del\u007f c1\u0085"))
        .isEqualTo("bell  nul  esc [31m del  c1 ");
    assertThat(SafeText.printable("a\tb\nc\r\nd")).isEqualTo("a\tb\nc\r\nd");
  }

  @Test
  void charactersThatTurnTextAroundBecomeSpaces() {
    // U+202E would show "Evil\u202eFDP.exe" as EvilExe.PDF; U+2066-U+2069 isolate, U+202A-U+202D embed
    assertThat(SafeText.printable("Evil\u202eFDP.exe")).isEqualTo("Evil FDP.exe");
    assertThat(SafeText.printable("\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069")).isEqualTo("        ");
  }

  @Test
  void rightToLeftLettersMarksAndOtherScriptsStay() {
    String text = "\u05e9\u05dc\u05d5\u05dd \u200f\u200e Börse 日本 \ud83d\ude00";
    assertThat(SafeText.printable(text)).isSameAs(text);
  }

  @Test
  void whatIsNoCharacterBecomesASpace() {
    assertThat(SafeText.printable("a\ud800b\udc00c\ufffed\uffff")).isEqualTo("a b c d ");
  }

  @Test
  void onATerminalWhatIsHiddenIsShownAsAReplacementCharacterOnOneLine() {
    // ESC would start a colour sequence, U+202E would turn the rest of the line around; tab,
    // line feed and carriage return would break the table's line
    assertThat(SafeText.forTerminal("esc\u001b[31m rlo\u202eX a\tb\nc\rd")).isEqualTo("esc\uFFFD[31m rlo\uFFFDX a b c d");
    String text = "\u05e9\u05dc\u05d5\u05dd \u200f Börse \ud83d\ude00";
    assertThat(SafeText.forTerminal(text)).isSameAs(text);
  }
}
