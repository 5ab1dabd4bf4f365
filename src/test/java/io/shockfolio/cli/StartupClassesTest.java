package io.shockfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run without charts starts without the chart classes: neither JFreeChart nor AWT nor Swing is
 * loaded (they cost a few tenths of a second at start-up). Checked in a fresh JVM, since the JVM of
 * the tests has loaded them already, by the JVM's own class-loading log.
 */
class StartupClassesTest {

  @TempDir
  Path tmp;

  /** Runs Main in a fresh JVM with the tests' class path; returns the names of the classes it loaded. */
  private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
    Path log = tmp.resolve("classes.log");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load:file=" + log + ":none",
        "-cp", System.getProperty("java.class.path"), "io.shockfolio.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("out.txt").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("out.txt"))).isZero();
    // each line: "java.lang.Object source: shared objects file"
    return Files.readAllLines(log).stream().map(l -> l.split(" ", 2)[0]).toList();
  }

  @Test
  void aRunWithoutChartsLoadsNoChartAwtOrSwingClass() throws Exception {
    List<String> classes = loadedClasses("run", "--charts", "none");

    // it did run: the table was printed
    assertThat(classes).contains("io.shockfolio.io.ResultTable");
    assertThat(classes).noneMatch(c -> c.startsWith("org.jfree."))
        .noneMatch(c -> c.startsWith("io.shockfolio.chart."))
        .noneMatch(c -> c.startsWith("java.awt."))
        .noneMatch(c -> c.startsWith("javax.swing."));
  }

  @Test
  void theCheckSeesChartClassesWhereTheyAreNeeded() throws Exception {
    // help lists the chart names, which loads the chart kinds and with them JFreeChart
    List<String> classes = loadedClasses("run", "--help");

    assertThat(classes).contains("io.shockfolio.chart.ChartKind");
    assertThat(classes).anyMatch(c -> c.startsWith("org.jfree."));
  }
}
