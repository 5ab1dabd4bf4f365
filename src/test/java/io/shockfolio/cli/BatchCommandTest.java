package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shockfolio batch} as a user meets it: exit codes, files written, one-line messages, and
 * no progress bar when the output is not a terminal (as in every test).
 */
class BatchCommandTest {

  @TempDir
  Path tmp;

  private static String batch(String name) {
    return TestFiles.resource("io/shockfolio/batch/" + name).toString();
  }

  private static String[] files(Path dir) throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void goodInputsExitZeroAndWriteTheMatrixTheFailuresAndTheHeatMap() throws Exception {
    Path out = tmp.resolve("out");
    Run r = run("batch", "--portfolios", batch("portfolios/alpha.csv"), batch("portfolios/beta.csv"),
        batch("portfolios/gamma.csv"), "--scenarios", batch("scenarios/chips.csv"), batch("scenarios/broad.csv"),
        "--out", out.toString(), "--threads", "2");

    assertThat(r.code()).as(r.err()).isZero();
    // nothing on standard error: no failure and no progress bar (no terminal here)
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Batch: 3 portfolios × 2 scenarios, 6 pairs, model sector\n")
        .contains("Saved:\n  " + out.resolve("batch-matrix.csv"));
    assertThat(files(out)).containsExactly("batch-failures.txt", "batch-heatmap.png", "batch-heatmap.svg",
        "batch-matrix.csv", "batch-matrix.json");
    // alpha under chips: -2,500 of 20,000 (see RunBatchTest)
    assertThat(Files.readString(out.resolve("batch-matrix.csv")))
        .contains("alpha," + batch("portfolios/alpha.csv") + ",chips,EUR,20000,-2500,-12.5,NVDA,-2000\n");
  }

  @Test
  void badFilesAreReportedOneLineEachTheRestRunsAndTheExitCodeIsTwo() throws Exception {
    Path out = tmp.resolve("out");
    Run r = run("batch", "--portfolios", batch("portfolios"), "--scenarios", batch("scenarios"), "--out",
        out.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err().lines()).containsExactly(
        "shockfolio: scenario: " + batch("scenarios/broken.csv")
            + ":5: column 2 'move': found 'abc', expected a move such as -17% or -0.17",
        "shockfolio: portfolio: " + batch("portfolios/zz-bad.csv")
            + ":2: column 4 'Price': found '1.2.3x', expected a number such as 1234.56, 1,234.56 or 1.234,56",
        "shockfolio: 2 inputs were skipped; the rest ran (6 pairs)");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
    // 3 good portfolios × 2 good scenarios still ran and were written
    assertThat(r.out()).startsWith("Batch: 3 portfolios × 2 scenarios, 6 pairs");
    assertThat(Files.readAllLines(out.resolve("batch-matrix.csv"))).hasSize(1 + 6);
    assertThat(Files.readString(out.resolve("batch-failures.txt")))
        .startsWith("2 inputs were skipped; everything else ran.\n")
        .contains("zz-bad.csv:2: column 4 'Price'", "broken.csv:5: column 2 'move'");
  }

  @Test
  void formatCsvPrintsTheMatrixAndSendsTheRestToStandardError() throws Exception {
    Path out = tmp.resolve("out");
    Run r = run("batch", "--portfolios", batch("portfolios/alpha.csv"), "--scenarios", batch("scenarios/chips.csv"),
        "--out", out.toString(), "--format", "csv", "--model", "none");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(out.resolve("batch-matrix.csv")));
    assertThat(r.err()).startsWith("Saved:\n");

    Run json = run("batch", "--portfolios", batch("portfolios/alpha.csv"), "--scenarios",
        batch("scenarios/chips.csv"), "--out", out.toString(), "--format", "json");
    assertThat(json.out()).isEqualTo(Files.readString(out.resolve("batch-matrix.json")));
  }

  @Test
  void badOptionsAreOneLineUsageErrorsAndRunNothing() {
    Path out = tmp.resolve("never");
    Run threads = run("batch", "--portfolios", batch("portfolios"), "--scenarios", "deepseek-2025-01-27",
        "--threads", "0", "--out", out.toString());
    assertThat(threads.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(threads.err()).isEqualTo("shockfolio: --threads: found 0, expected from 1 to 256 (see 'shockfolio"
        + " batch --help')\n");
    assertThat(out).doesNotExist();

    Run model = run("batch", "--portfolios", batch("portfolios"), "--scenarios", "x", "--model", "conditional");
    assertThat(model.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(model.err()).contains("--model").contains("none, sector");

    Run missing = run("batch", "--scenarios", "deepseek-2025-01-27");
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("--portfolios");

    Run fx = run("batch", "--portfolios", batch("portfolios"), "--scenarios", "x", "--fx", "USD/EUR=abc",
        "--out", out.toString());
    assertThat(fx.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(fx.err()).startsWith("shockfolio: --fx: found 'USD/EUR=abc'").doesNotContain("\tat ");
  }

  @Test
  void helpNamesTheFilesAndTheExitCodes() {
    Run r = run("batch", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--portfolios", "--scenarios", "--threads", "batch-matrix.csv",
        "batch-failures.txt", "Exit codes: 0 every input ran", "2 some inputs were bad");
    assertThat(run("--help").out()).contains("batch");
  }

  @Test
  void theProgressBarStaysSilentWithoutATerminalAndForTheFirstSecond() {
    long[] now = {0};
    BatchCommand.TerminalProgress noTerminal = new BatchCommand.TerminalProgress(false, () -> now[0]);
    noTerminal.start(10);
    // two seconds in: long enough for a bar, but there is no terminal
    now[0] = 2_000_000_000L;
    noTerminal.advance(5);
    noTerminal.finish();
    noTerminal.close();
    assertThat(noTerminal.shown()).isFalse();

    now[0] = 0;
    BatchCommand.TerminalProgress quick = new BatchCommand.TerminalProgress(true, () -> now[0]);
    quick.start(10);
    // half a second in, on a terminal: too soon for a bar
    now[0] = 500_000_000L;
    quick.advance(10);
    quick.finish();
    quick.close();
    assertThat(quick.shown()).isFalse();
  }
}
