package io.shockfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code src/main/sh/shockfolio} picks the JVM's settings from the command
 * line: quick start, unless a file it names is large. Checked with a stand-in {@code java} (found
 * through {@code JAVA_HOME}) that prints the arguments it was given, one per line, so the choice is
 * seen without starting a JVM. The real launcher on the real
 * jar is checked after packaging, in {@code LauncherIT}.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

  private static final String QUICK = "-XX:TieredStopAtLevel=1";

  @TempDir
  Path tmp;

  private Path launcher;
  private Path javaHome;

  @BeforeEach
  void install() throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("install"));
    launcher = Files.copy(Path.of("src/main/sh/shockfolio"), bin.resolve("shockfolio"));
    Files.writeString(bin.resolve("shockfolio.jar"), "stands in for the jar");
    javaHome = Files.createDirectories(tmp.resolve("jdk/bin")).getParent();
    Path java = javaHome.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Runs the launcher with {@code env} added; returns its exit code, standard output and error. */
  private Run launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
        .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("SHOCKFOLIO_JAVA_OPTS");
    pb.environment().remove("SHOCKFOLIO_LARGE_BYTES");
    pb.environment().remove("CDPATH");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
  }

  /** The arguments the launcher gave java, one per element. */
  private List<String> javaArgs(Map<String, String> env, String... args) throws Exception {
    Run r = launch(env, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().lines().toList();
  }

  private List<String> javaArgs(String... args) throws Exception {
    return javaArgs(Map.of(), args);
  }

  @Test
  void aSmallRunStartsQuicklyAndPassesItsArgumentsThroughUnchanged() throws Exception {
    Files.writeString(tmp.resolve("my portfolio.csv"), "symbol,value\nNVDA,100\n");

    List<String> args = javaArgs("run", "--portfolio", "my portfolio.csv", "--base", "EUR");

    assertThat(args).contains(QUICK, "-XX:+UseSerialGC");
    // the jar beside the script, then the user's arguments as given, spaces and all
    int jar = args.indexOf("-jar");
    assertThat(args.get(jar + 1)).isEqualTo(launcher.getParent().resolve("shockfolio.jar").toRealPath().toString());
    assertThat(args.subList(jar + 2, args.size()))
        .containsExactly("run", "--portfolio", "my portfolio.csv", "--base", "EUR");
  }

  @Test
  void aBatchOfSmallFilesStartsQuicklyToo() throws Exception {
    Files.createDirectories(tmp.resolve("clients"));

    List<String> args = javaArgs("batch", "--portfolios", "clients", "--scenarios", "scenarios");

    assertThat(args).contains(QUICK);
  }

  @Test
  void aFileAtTheLargeSizeOrAboveGetsTheThroughputSettingsWhicheverWayItIsNamed() throws Exception {
    // 20 bytes against a limit of 20: large; 19 bytes: small
    Files.writeString(tmp.resolve("big.csv"), "a".repeat(20));
    Files.writeString(tmp.resolve("small.csv"), "a".repeat(19));
    Map<String, String> limit = Map.of("SHOCKFOLIO_LARGE_BYTES", "20");

    assertThat(javaArgs(limit, "run", "--portfolio", "big.csv")).doesNotContain(QUICK)
        .contains("-XX:+UseParallelGC", "-Xmn64m");
    assertThat(javaArgs(limit, "run", "--portfolio=big.csv")).doesNotContain(QUICK);
    assertThat(javaArgs(limit, "run", "--history", "big.csv", "--portfolio", "small.csv")).doesNotContain(QUICK);
    assertThat(javaArgs(limit, "run", "--portfolio", "small.csv")).contains(QUICK);
    // a name that is not a file (a bundled scenario, a folder) is not measured
    assertThat(javaArgs(limit, "run", "--scenario", "deepseek-2025-01-27", "--out", ".")).contains(QUICK);
  }

  @Test
  void theArchiveIsHandedToJavaOnlyWhenTheBuildMadeOneAndItsMessagesAreOff() throws Exception {
    assertThat(javaArgs("--version")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));

    Path jsa = Files.writeString(launcher.getParent().resolve("shockfolio.jsa"), "archive");
    List<String> args = javaArgs("--version");

    assertThat(args).contains("-XX:SharedArchiveFile=" + jsa.toRealPath(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
  }

  @Test
  void theUsersOwnJavaOptionsComeLastSoTheyWin() throws Exception {
    List<String> args = javaArgs(Map.of("SHOCKFOLIO_JAVA_OPTS", "-Xmx8g -XX:TieredStopAtLevel=4"), "run");

    int jar = args.indexOf("-jar");
    assertThat(args.subList(jar - 2, jar)).containsExactly("-Xmx8g", "-XX:TieredStopAtLevel=4");
  }

  @Test
  void aShortOptionWithItsFileAttachedIsMeasuredToo() throws Exception {
    Files.writeString(tmp.resolve("big.csv"), "a".repeat(20));

    assertThat(javaArgs(Map.of("SHOCKFOLIO_LARGE_BYTES", "20"), "run", "-pbig.csv")).doesNotContain(QUICK);
  }

  @Test
  void theUsersJavaOptionsAreNeverExpandedAsFileNames() throws Exception {
    Files.writeString(tmp.resolve("-Dx=1.a"), "");
    Files.writeString(tmp.resolve("-Dx=1.b"), "");

    List<String> args = javaArgs(Map.of("SHOCKFOLIO_JAVA_OPTS", "-Dx=1.*"), "--version");

    assertThat(args).contains("-Dx=1.*").doesNotContain("-Dx=1.a");
  }

  @Test
  void anExportedCdpathDoesNotConfuseTheLauncher() throws Exception {
    // with CDPATH set, cd prints the folder it went to, which must not end up in the jar's path
    List<String> args = javaArgs(Map.of("CDPATH", "."), "--version");

    assertThat(args.get(args.indexOf("-jar") + 1))
        .isEqualTo(launcher.getParent().resolve("shockfolio.jar").toRealPath().toString());
  }

  @Test
  void withoutJavaTheLauncherSaysSoInOneLineAndExits1() throws Exception {
    Run r = launch(Map.of("JAVA_HOME", tmp.resolve("no-such-jdk").toString()), "run");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1).first().asString()
        .startsWith("shockfolio: no Java at " + tmp.resolve("no-such-jdk") + "/bin/java")
        .contains("JDK 17");
  }

  @Test
  void aSymbolicLinkToTheLauncherFindsTheJarBesideTheScript() throws Exception {
    Path link = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("bin")).resolve("shockfolio"), launcher);
    launcher = link;

    List<String> args = javaArgs("--version");

    assertThat(args.get(args.indexOf("-jar") + 1)).endsWith("install/shockfolio.jar");
  }
}
