package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --limits}, each proved with a small limit on a small file, and errors of the JVM as one line. */
class LimitsTest {

  @TempDir
  Path tmp;

  /** A header and four holdings: five lines, 103 bytes. */
  private Path fiveLines() throws IOException {
    Path f = tmp.resolve("five-lines.csv");
    Files.writeString(f, "Symbol,Quantity,Price,Currency\nNVDA,10,142.62,USD\nMSFT,5,444.06,USD\n"
        + "AMD,3,115.95,USD\nAAPL,2,229.86,USD\n");
    return f;
  }

  @Test
  void moreLinesThanTheLimitNameTheFirstLineBeyondIt() throws IOException {
    Path f = fiveLines();

    Run r = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "lines=3");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + f + ":4: the file has more than 3 lines; expected at most 3"
        + " (raise the limit with --limits lines=…)\n");
  }

  @Test
  void theLimitOfLinesAllowsAFileOfExactlyThatMany() throws IOException {
    Path f = fiveLines();

    Run r = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "lines=5");

    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    Path f = fiveLines();
    long size = Files.size(f); // lines of 31 + 19 + 18 + 17 + 18 bytes, each with its \n

    Run r = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "file-size=100");

    assertThat(size).isEqualTo(103);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + f + ": is 103 bytes, more than the limit of 100 bytes; expected"
        + " a smaller file (raise the limit with --limits file-size=…)\n");
  }

  @Test
  void aLongLineAndTooManyCellsAreNamed() throws IOException {
    Path f = fiveLines();

    Run longLine = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "line-length=20");
    Run cells = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "cells=3");

    // the header, 30 characters, is the first line longer than 20; it has 4 cells
    assertThat(longLine.err()).isEqualTo("shockfolio: " + f + ":1: the line is longer than 20 characters; expected at"
        + " most 20 (raise the limit with --limits line-length=…)\n");
    assertThat(cells.err()).isEqualTo("shockfolio: " + f + ":1: the line has more than 3 cells; expected at most 3"
        + " (raise the limit with --limits cells=…)\n");
    assertThat(longLine.code()).isEqualTo(2);
    assertThat(cells.code()).isEqualTo(2);
  }

  @Test
  void scenarioAndHistoryFilesHaveTheSameLimits() throws IOException {
    Path scenario = tmp.resolve("s.csv");
    Files.writeString(scenario, "# date: 2025-01-27\ntarget,move,measured,source\nNVDA,-17%,close,x\nAMD,-6%,close,x\n");
    Path history = tmp.resolve("h.csv"); // 10 + 18 + 18 bytes
    Files.writeString(history, "Date,NVDA\n2025-01-24,142.62\n2025-01-27,118.42\n");

    Run s = run("run", "--scenario", scenario.toString(), "--charts", "none", "--limits", "lines=3");
    Run h = run("run", "--history", history.toString(), "--charts", "none", "--limits", "file-size=10");

    assertThat(s.err()).isEqualTo("shockfolio: " + scenario + ":4: the file has more than 3 lines; expected at"
        + " most 3 (raise the limit with --limits lines=…)\n");
    assertThat(h.err()).isEqualTo("shockfolio: " + history + ": is 46 bytes, more than the limit of 10 bytes;"
        + " expected a smaller file (raise the limit with --limits file-size=…)\n");
  }

  @Test
  void aLimitRaisedReadsAFileTheDefaultRefuses() throws IOException {
    Path f = tmp.resolve("wide.csv");
    StringBuilder sb = new StringBuilder("Symbol,Quantity,Price");
    for (int i = 3; i < 10_001; i++) {
      sb.append(",c").append(i);
    }
    Files.writeString(f, sb.append("\nNVDA,10,142.62\n"));

    Run refused = run("run", "--portfolio", f.toString(), "--charts", "none");
    Run read = run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "cells=20000");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(read.code()).as(read.err()).isZero();
  }

  @Test
  void aBadLimitIsAUsageError() {
    Run key = run("run", "--charts", "none", "--limits", "rows=3");
    Run size = run("run", "--charts", "none", "--limits", "file-size=lots");

    assertThat(key.code()).isEqualTo(2);
    assertThat(key.err()).isEqualTo("shockfolio: --limits: found 'rows', expected file-size, lines, line-length or"
        + " cells (e.g. --limits file-size=5GB,lines=20000000)\n");
    assertThat(size.err()).isEqualTo("shockfolio: --limits: file-size=lots, expected a size such as 5GB, 500MB or"
        + " 100000\n");
  }

  @Test
  void limitsHoldForTheirCommandLineOnly() throws IOException {
    Path f = fiveLines();
    run("run", "--portfolio", f.toString(), "--charts", "none", "--limits", "lines=3");

    assertThat(run("run", "--portfolio", f.toString(), "--charts", "none").code()).isZero();
  }

  private static int deep(int n) {
    return deep(n + 1) + 1;
  }

  @Test
  void aStackOverflowIsOneLineWithExitCode1() {
    StringWriter err = new StringWriter();

    int code = Main.guarded(() -> deep(0), new PrintWriter(err, true), () -> false);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("shockfolio: internal error: stack overflow (run with --debug for details)\n");
  }

  @Test
  void runningOutOfMemoryIsOneLineWithExitCode1AndTheTraceUnderDebug() {
    StringWriter err = new StringWriter();
    StringWriter debug = new StringWriter();

    // an array larger than the VM allows is refused with an OutOfMemoryError before anything is allocated
    int code = Main.guarded(() -> new long[Integer.MAX_VALUE].length, new PrintWriter(err, true), () -> false);
    Main.guarded(() -> new long[Integer.MAX_VALUE].length, new PrintWriter(debug, true), () -> true);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("shockfolio: internal error: out of memory (start Java with more, e.g."
        + " java -Xmx8g -jar shockfolio.jar …) (run with --debug for details)\n");
    assertThat(debug.toString()).contains("java.lang.OutOfMemoryError", "\tat ");
  }
}
