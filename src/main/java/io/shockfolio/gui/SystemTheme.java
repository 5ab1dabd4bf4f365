package io.shockfolio.gui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the system is set to a dark appearance, where it can be read: GNOME's {@code
 * color-scheme} (then its GTK theme name), macOS's {@code AppleInterfaceStyle}, Windows'
 * {@code AppsUseLightTheme}. Each question is a short command with a timeout; anything that fails,
 * hangs or is unknown counts as light.
 */
final class SystemTheme {

  /** How long one question to the system may take. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** Runs a command and returns what it printed, or empty when it failed, exited non-zero or timed out. */
  @FunctionalInterface
  interface Command {
    Optional<String> run(List<String> command, Duration timeout);
  }

  private SystemTheme() {}

  /** Whether this system prefers dark windows; {@code shockfolio.theme=dark|light} decides first. */
  static boolean prefersDark() {
    String forced = System.getProperty("shockfolio.theme", "").trim().toLowerCase(Locale.ROOT);
    if (forced.equals("dark") || forced.equals("light")) {
      return forced.equals("dark");
    }
    return prefersDark(System.getProperty("os.name", ""), SystemTheme::run);
  }

  /** Whether the system named {@code osName} prefers dark windows, asking it through {@code command}. */
  static boolean prefersDark(String osName, Command command) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("mac") || os.contains("darwin")) {
      // prints "Dark" in dark mode; fails (no such key) in light mode
      return command.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"), TIMEOUT)
          .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
    }
    if (os.startsWith("windows")) {
      // "AppsUseLightTheme    REG_DWORD    0x0" in dark mode, 0x1 in light mode
      return command.run(List.of("reg", "query",
              "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme"),
              TIMEOUT)
          .map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*")).orElse(false);
    }
    Optional<String> scheme = command.run(
        List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"), TIMEOUT);
    if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
      return true;
    }
    if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
      return false;
    }
    // older GNOME and other GTK desktops: a theme named like "Adwaita-dark"
    return command.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"), TIMEOUT)
        .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
  }

  /** Runs {@code command}, waiting at most {@code timeout}; empty when it cannot be run, fails or hangs. */
  static Optional<String> run(List<String> command, Duration timeout) {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      p.getOutputStream().close();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      if (p.exitValue() != 0) {
        return Optional.empty();
      }
      return Optional.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      p.destroyForcibly();
      return Optional.empty();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
