package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.chart.ChartKind;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of one command: never an input, and all in place or none. */
class OutputFilesTest {

  @TempDir
  Path tmp;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String refusal(Path target, Path input) {
    return target + ": is the portfolio given with --portfolio (" + input
        + "); an input is never overwritten, expected another file name or folder";
  }

  @Test
  void anInputIsRefusedHoweverItsPathIsSpelled() throws Exception {
    Path portfolio = Files.writeString(tmp.resolve("p.csv"), "Symbol,Value\nNVDA,100\n");
    Files.createDirectories(tmp.resolve("x"));
    Path dotted = tmp.resolve("x/../p.csv");
    Path symlink = Files.createSymbolicLink(tmp.resolve("report.html"), portfolio);
    Path hardLink = Files.createLink(tmp.resolve("report.md"), portfolio);

    try (OutputFiles files = new OutputFiles().protect(portfolio, "the portfolio given with --portfolio")) {
      for (Path target : List.of(portfolio, dotted, symlink, hardLink)) {
        assertThatThrownBy(() -> files.check(target)).as(target.toString()).isInstanceOf(InputException.class)
            .hasMessage(refusal(target, portfolio));
      }
      // a file that is not the input, and one that does not exist yet, may be written
      files.check(Files.writeString(tmp.resolve("other.html"), "x"));
      files.check(tmp.resolve("new.html"));
    }
    assertThat(portfolio).hasContent("Symbol,Value\nNVDA,100\n");
  }

  @Test
  void aFolderProtectsTheCsvFilesInIt() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("portfolios"));
    Path a = Files.writeString(folder.resolve("a.CSV"), "x");
    Path notes = Files.writeString(folder.resolve("notes.txt"), "x");

    try (OutputFiles files = new OutputFiles().protect(folder, "a portfolio given with --portfolios")) {
      assertThatThrownBy(() -> files.check(a)).hasMessageContaining(": is a portfolio given with --portfolios (" + a + ")");
      files.check(notes);
      files.check(folder.resolve("batch-matrix.csv"));
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesNothingNewAndTheOldFilesAsTheyWere() throws Exception {
    Path old = Files.writeString(tmp.resolve("a.png"), "old a");

    try (OutputFiles files = new OutputFiles()) {
      files.write(tmp.resolve("a.png"), "new a".getBytes(StandardCharsets.UTF_8));
      files.write(tmp.resolve("b.svg"), "new b".getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> files.write(tmp.resolve("c.md"), out -> {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
      })).isInstanceOf(InputException.class)
          .hasMessage(tmp + ": cannot write there (IOException: No space left on device); expected a folder you can"
              + " write to");
    }

    assertThat(names(tmp)).containsExactly("a.png");
    assertThat(old).hasContent("old a");
  }

  @Test
  void aChartThatFailsToRenderLeavesNoReportAndNoChartOfIt() throws Exception {
    List<ScenarioResult> results = new RunScenarios().run(RunScenarios.Request.defaults());
    SaveCharts.Options options = new SaveCharts.Options(EnumSet.of(ChartKind.WATERFALL), EnumSet.noneOf(
        SaveCharts.Format.class), 1200, 800, 1.0);
    List<SaveCharts.Drawn> drawn = new ArrayList<>(SaveCharts.draw(results, options.kinds(), Locale.UK,
        new ArrayList<>()));
    // the second chart's renderer fails after the first chart's PNG is written
    drawn.add(new SaveCharts.Drawn(ChartKind.BY_SECTOR, Optional.of(results.get(0)), "broken",
        new JFreeChart(new CategoryPlot()) {
          @Override
          public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
            throw new IllegalStateException("the renderer failed");
          }
        }));
    Path report = Files.writeString(tmp.resolve("report.md"), "the report of yesterday");

    assertThatThrownBy(() -> SaveReport.write(report, results, drawn, options, Locale.UK))
        .isInstanceOf(IllegalStateException.class).hasMessage("the renderer failed");

    assertThat(names(tmp)).containsExactly("report.md");
    assertThat(report).hasContent("the report of yesterday");
  }

  @Test
  void aScenarioSavedOverTheFileItWasReadFromIsRefused() throws Exception {
    Path file = Files.writeString(tmp.resolve("mine.csv"), "# name: mine\n# date: 2025-01-27\n"
        + "target,move,measured,source,note\nSAP.DE,-5%,close,my own guess,\n");
    String before = Files.readString(file);

    try (OutputFiles files = new OutputFiles().protect(file, "a scenario file open in the window")) {
      assertThatThrownBy(() -> ScenarioCatalog.save(ScenarioCatalog.load(file.toString()), file, files))
          .isInstanceOf(InputException.class).hasMessageStartingWith(file + ": is a scenario file open in the window");
    }
    assertThat(file).hasContent(before);
  }
}
