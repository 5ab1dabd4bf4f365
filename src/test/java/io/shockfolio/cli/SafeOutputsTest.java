package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.TestFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are never overwritten, and a failed write is one line with exit code 2 and no stack trace. */
class SafeOutputsTest {

  private static final String SAMPLE = "io/shockfolio/sample-portfolio.csv";
  private static final String HEADLINE = "# name: deepseek-2025-01-27\n# date: 2025-01-27\n"
      + "target,move,measured,source,note\nNVDA,-17%,intraday,heise+,\n";

  @TempDir
  Path tmp;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String refusal(Path target, String what, Path input) {
    return "shockfolio: " + target + ": is " + what + " (" + input
        + "); an input is never overwritten, expected another file name or folder\n";
  }

  @Test
  void aReportThatIsThePortfolioThroughALinkIsRefusedBeforeAnythingRuns() throws Exception {
    Path portfolio = Files.copy(TestFiles.resource(SAMPLE), tmp.resolve("p.csv"));
    Path report = Files.createSymbolicLink(tmp.resolve("report.html"), portfolio);
    Path out = tmp.resolve("charts");
    byte[] before = Files.readAllBytes(portfolio);

    Run r = run("run", "-p", portfolio.toString(), "--out", out.toString(), "--report", report.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(refusal(report, "the portfolio given with --portfolio", portfolio));
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(portfolio)).isEqualTo(before);
    assertThat(names(out)).isEmpty();
  }

  @Test
  void aReportThatIsTheScenarioFileSpelledAnotherWayIsRefused() throws Exception {
    Path scenario = Files.writeString(tmp.resolve("s.md"), HEADLINE);
    Files.createDirectories(tmp.resolve("x"));
    Path report = tmp.resolve("x/../s.md");

    Run r = run("run", "-s", scenario.toString(), "--charts", "none", "--report", report.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(refusal(report, "a scenario file given with --scenario", scenario));
    assertThat(scenario).hasContent(HEADLINE);
  }

  @Test
  void aChartThatWouldReplaceAnInputIsRefusedAndNoChartIsWritten() throws Exception {
    // a scenario file that happens to have the name of one of the charts of its run
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path scenario = Files.writeString(out.resolve("sample-portfolio--deepseek-2025-01-27--waterfall.png"), HEADLINE);
    Path older = Files.writeString(out.resolve("sample-portfolio--deepseek-2025-01-27--pnl-by-holding.svg"), "older");

    Run r = run("run", "-s", scenario.toString(), "--out", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(refusal(scenario, "a scenario file given with --scenario", scenario));
    // not one chart of the run is in place: the older chart is as it was, the scenario too
    assertThat(names(out)).containsExactly("sample-portfolio--deepseek-2025-01-27--pnl-by-holding.svg",
        "sample-portfolio--deepseek-2025-01-27--waterfall.png");
    assertThat(older).hasContent("older");
    assertThat(scenario).hasContent(HEADLINE);
  }

  @Test
  void aBatchWhoseMatrixWouldReplaceOneOfItsPortfoliosIsRefusedBeforeItRuns() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("portfolios"));
    Files.copy(TestFiles.resource(SAMPLE), folder.resolve("a.csv"));
    Path matrix = Files.copy(TestFiles.resource(SAMPLE), folder.resolve("batch-matrix.csv"));

    Run r = run("batch", "--portfolios", folder.toString(), "--scenarios", "deepseek-2025-01-27",
        "--out", folder.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(refusal(matrix, "a portfolio given with --portfolios", matrix));
    assertThat(r.out()).isEmpty();
    assertThat(names(folder)).containsExactly("a.csv", "batch-matrix.csv");
    assertThat(Files.readAllBytes(matrix)).isEqualTo(Files.readAllBytes(TestFiles.resource(SAMPLE)));
  }

  @Test
  void aChartThatCannotBeMovedIntoPlaceIsOneLineNamingItWithExitCode2() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("out"));
    // a folder, not empty, where one of the run's charts should go: found before any chart is put in place
    Path taken = Files.createDirectories(out.resolve("sample-portfolio--deepseek-2025-01-27--waterfall.png"));
    Files.writeString(taken.resolve("keep.txt"), "keep");

    Run r = run("run", "--out", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: " + taken + ": cannot put the new file there"
        + " (FileAlreadyExistsException: a folder of that name is in the way); expected a name that is free or a"
        + " file you can replace\n");
    assertThat(names(out)).containsExactly("sample-portfolio--deepseek-2025-01-27--waterfall.png");
    assertThat(taken.resolve("keep.txt")).hasContent("keep");
  }

  @Test
  void aFolderInsideAFileIsOneLineWithExitCode2() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");

    Run r = run("run", "--out", file.resolve("charts").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("shockfolio: --out: cannot create the folder " + file.resolve("charts")
        + " inside a file; expected a folder you can write to (see 'shockfolio run --help')\n");
  }

  @Test
  void standardOutputThatCannotBeWrittenIsNoSuccess() {
    PrintWriter full = new PrintWriter(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }, true);
    StringWriter err = new StringWriter();

    int code = Main.execute(new String[] {"run", "--format", "csv", "--charts", "none"}, full,
        new PrintWriter(err, true));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("shockfolio: cannot write to standard output (a full disk, or a pipe"
        + " closed early); expected somewhere to write the output\n");
  }
}
