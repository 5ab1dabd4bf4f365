package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The system's light or dark setting, read from what each system's command prints. */
class SystemThemeTest {

  /** Answers each command by its first two words; records what was asked. */
  private static final class Answers implements SystemTheme.Command {
    final Map<String, String> byCommand;
    final List<List<String>> asked = new ArrayList<>();

    Answers(Map<String, String> byCommand) {
      this.byCommand = byCommand;
    }

    @Override
    public Optional<String> run(List<String> command, Duration timeout) {
      asked.add(command);
      return Optional.ofNullable(byCommand.get(String.join(" ", command)));
    }
  }

  private static final String SCHEME = "gsettings get org.gnome.desktop.interface color-scheme";
  private static final String GTK = "gsettings get org.gnome.desktop.interface gtk-theme";
  private static final String MAC = "defaults read -g AppleInterfaceStyle";
  private static final String WIN =
      "reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize /v AppsUseLightTheme";

  @Test
  void gnomePreferDarkIsDarkAndDefaultIsLight() {
    assertThat(SystemTheme.prefersDark("Linux", new Answers(Map.of(SCHEME, "'prefer-dark'\n")))).isTrue();
    assertThat(SystemTheme.prefersDark("Linux", new Answers(Map.of(SCHEME, "'prefer-light'\n", GTK, "'Adwaita-dark'"))))
        .isFalse();
    // 'default' says nothing: the GTK theme's name decides
    assertThat(SystemTheme.prefersDark("Linux", new Answers(Map.of(SCHEME, "'default'\n", GTK, "'Adwaita-dark'\n"))))
        .isTrue();
    assertThat(SystemTheme.prefersDark("Linux", new Answers(Map.of(SCHEME, "'default'\n", GTK, "'Adwaita'\n"))))
        .isFalse();
  }

  @Test
  void macOsDarkIsDarkAndAMissingKeyIsLight() {
    Answers dark = new Answers(Map.of(MAC, "Dark\n"));
    assertThat(SystemTheme.prefersDark("Mac OS X", dark)).isTrue();
    assertThat(dark.asked).containsExactly(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
    // in light mode the key does not exist and the command fails
    assertThat(SystemTheme.prefersDark("Mac OS X", new Answers(Map.of()))).isFalse();
  }

  @Test
  void windowsAppsUseLightThemeZeroIsDark() {
    String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
        + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
    assertThat(SystemTheme.prefersDark("Windows 11", new Answers(Map.of(WIN, dark)))).isTrue();
    assertThat(SystemTheme.prefersDark("Windows 11", new Answers(Map.of(WIN, dark.replace("0x0", "0x1")))))
        .isFalse();
    assertThat(SystemTheme.prefersDark("Windows 10", new Answers(Map.of()))).isFalse();
  }

  @Test
  void nothingReadableIsLight() {
    assertThat(SystemTheme.prefersDark("Linux", new Answers(Map.of()))).isFalse();
    assertThat(SystemTheme.prefersDark("SunOS", new Answers(Map.of()))).isFalse();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCommandThatHangsIsStoppedAtTheTimeout() {
    long start = System.nanoTime();
    Optional<String> out = SystemTheme.run(List.of("sleep", "30"), Duration.ofMillis(200));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(out).isEmpty();
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aCommandsOutputIsReadAndAFailureOrAMissingProgramIsEmpty() {
    assertThat(SystemTheme.run(List.of("echo", "'prefer-dark'"), Duration.ofSeconds(5))).contains("'prefer-dark'\n");
    assertThat(SystemTheme.run(List.of("false"), Duration.ofSeconds(5))).isEmpty();
    assertThat(SystemTheme.run(List.of("no-such-program-shockfolio"), Duration.ofSeconds(5))).isEmpty();
  }
}
