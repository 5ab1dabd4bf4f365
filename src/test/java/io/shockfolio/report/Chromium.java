package io.shockfolio.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs Chromium headless on a local file: a screenshot or the DOM after parsing. */
final class Chromium {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Path exe;

  private Chromium(Path exe) {
    this.exe = exe;
  }

  /**
   * Chromium from the PATH ({@code chromium}, {@code chromium-browser}), else {@code /usr/bin/chromium}, if
   * any. The system property {@code shockfolio.chromium} names the executable instead (a path that does not
   * exist stands for a machine without Chromium).
   */
  static Optional<Chromium> find() {
    List<Path> candidates = new ArrayList<>();
    String given = System.getProperty("shockfolio.chromium", "");
    if (!given.isEmpty()) {
      Path p = Path.of(given);
      return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(new Chromium(p)) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "chromium"));
          candidates.add(Path.of(dir, "chromium-browser"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/chromium"));
    return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst()
        .map(Chromium::new);
  }

  Path exe() {
    return exe;
  }

  /** Saves a {@code width × height} screenshot of {@code page} to {@code png}. */
  void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    run(page, List.of("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()));
  }

  /** The page's DOM as Chromium serialises it after loading. */
  String dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--dump-dom"));
  }

  private String run(Path page, List<String> extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("shockfolio-chromium-profile");
    Path stdout = Files.createTempFile("chromium", ".out");
    Path stderr = Files.createTempFile("chromium", ".err");
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(extra);
    cmd.add(page.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    try {
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException("Chromium did not finish within " + TIMEOUT.toSeconds() + " s: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IOException("Chromium exited with " + p.exitValue() + ": "
            + Files.readString(stderr, StandardCharsets.UTF_8));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a profile file still held by a dying child process; the temp folder is cleaned by the system
    }
  }
}
