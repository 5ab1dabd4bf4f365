package io.shockfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, {@code target/shockfolio}, on the packaged jar, as the README tells a new
 * user to run it (runs after {@code package}, in {@code mvn verify}): the default run gives the same
 * table as {@code java -jar} and the three charts, and an archive that does not fit this jar changes
 * nothing a user sees.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir
  Path tmp;

  private record Result(int code, String out, String err) {}

  private Result start(Path dir, List<String> command) throws IOException, InterruptedException {
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static List<String> with(String first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all;
  }

  @Test
  void theBuildMadeTheLauncherAndTheArchive() {
    assertThat(TARGET.resolve("shockfolio")).isExecutable();
    assertThat(TARGET.resolve("shockfolio.jsa")).isNotEmptyFile();
  }

  @Test
  void picocliIsInTheJarAsJava17ClassesWhichTheArchiveCanHold() throws Exception {
    // the published picocli jar holds Java 5 class files (major version 49), which Java 17's
    // class-data sharing skips; the build compiles picocli's sources for Java 17 (major version 61)
    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(TARGET.resolve("shockfolio.jar").toFile());
        java.io.DataInputStream in = new java.io.DataInputStream(
            jar.getInputStream(jar.getEntry("picocli/CommandLine.class")))) {
      assertThat(in.readInt()).isEqualTo(0xCAFEBABE);
      in.readUnsignedShort(); // minor version
      assertThat(in.readUnsignedShort()).as("class file major version").isEqualTo(61);
    }
  }

  @Test
  void theDefaultRunPrintsWhatJavaJarPrintsAndSavesTheThreeCharts() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("launcher"));
    Path b = Files.createDirectories(tmp.resolve("java-jar"));

    Result launched = start(a, with(TARGET.resolve("shockfolio").toString(), "run"));
    Result plain = start(b, with(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", TARGET.resolve("shockfolio.jar").toString(), "run"));

    assertThat(launched.code()).as(launched.err()).isZero();
    assertThat(launched.err()).isEmpty();
    assertThat(launched.out()).startsWith("sample-portfolio × deepseek-2025-01-27 (2025-01-27)")
        .isEqualTo(plain.out());
    try (Stream<Path> charts = Files.list(a.resolve("charts"))) {
      assertThat(charts.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "sample-portfolio--deepseek-2025-01-27--pnl-by-holding.png",
              "sample-portfolio--deepseek-2025-01-27--pnl-by-holding.svg",
              "sample-portfolio--deepseek-2025-01-27--by-sector.png",
              "sample-portfolio--deepseek-2025-01-27--by-sector.svg",
              "sample-portfolio--deepseek-2025-01-27--waterfall.png",
              "sample-portfolio--deepseek-2025-01-27--waterfall.svg");
    }
  }

  @Test
  void badInputKeepsItsOneLineAndExitCode2() throws Exception {
    Result r = start(tmp, with(TARGET.resolve("shockfolio").toString(), "run", "--portfolio", "missing.csv"));

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1).first().asString().contains("missing.csv");
  }

  @Test
  void anArchiveMadeForAnotherJarIsIgnoredWithoutAWord() throws Exception {
    // a copy of the install: the archive names the jar in target/, so here it does not fit
    Path install = Files.createDirectories(tmp.resolve("install"));
    for (String file : List.of("shockfolio", "shockfolio.jar", "shockfolio.jsa")) {
      Files.copy(TARGET.resolve(file), install.resolve(file));
    }
    Files.setLastModifiedTime(install.resolve("shockfolio.jar"), java.nio.file.attribute.FileTime.fromMillis(0));

    Result r = start(tmp, with(install.resolve("shockfolio").toString(), "--version"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("shockfolio ").doesNotContain("warning").doesNotContain("archive");
    assertThat(r.err()).isEmpty();
  }
}
