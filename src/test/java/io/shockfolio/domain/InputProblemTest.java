package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputProblemTest {

  @Test
  void staysOneLineWhateverTheFileHolds() {
    // a quoted cell that spans lines, quoted back in a message: \n, \r, \t, U+2028 and U+2029
    // each become a space; NEL (U+0085), a C1 control, becomes U+FFFD
    InputProblem p = InputProblem.ofCell("a\nb.csv", 2, 1, "na\r\nme",
        "found 'APPLE\nINC\t\u0085\u2028\u2029'");

    assertThat(p).hasToString("a b.csv:2: column 1 'na  me': found 'APPLE INC \uFFFD  '");
  }

  @Test
  void leavesOtherTextAsItIs() {
    InputProblem p = InputProblem.ofLine("dépôt.csv", 3, "found '−17 %' (U+2212, no-break space)");

    assertThat(p).hasToString("dépôt.csv:3: found '−17 %' (U+2212, no-break space)");
  }
}
