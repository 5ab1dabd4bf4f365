package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void aPathInANameGivesAPlainSlug() {
    assertThat(FileNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(FileNames.slug("..\\..\\Windows\\win.ini")).isEqualTo("windows-win-ini");
    assertThat(FileNames.slug("/absolute/path")).isEqualTo("absolute-path");
    assertThat(FileNames.slug("C:\\x")).isEqualTo("c-x");
  }

  @Test
  void leadingDotsAndEmptyNamesGiveNoHiddenOrEmptyFile() {
    assertThat(FileNames.slug(".hidden")).isEqualTo("hidden");
    assertThat(FileNames.slug("..")).isEqualTo("unnamed");
    assertThat(FileNames.slug("")).isEqualTo("unnamed");
    assertThat(FileNames.slug("=HYPERLINK(\"x\")")).isEqualTo("hyperlink-x");
  }

  @Test
  void namesWindowsKeepsForDevicesGetASuffix() {
    for (String device : List.of("CON", "prn", "Aux", "NUL", "com1", "LPT9")) {
      assertThat(FileNames.slug(device)).as(device).isEqualTo(device.toLowerCase(java.util.Locale.ROOT) + "-file");
    }
    // only the whole name is a device: a longer one is an ordinary file
    assertThat(FileNames.slug("Console")).isEqualTo("console");
    assertThat(FileNames.slug("nul.csv")).isEqualTo("nul-csv");
  }

  @Test
  void everySlugUsesOnlyTheAllowedCharacters() {
    for (String name : List.of("Börse Übersicht", "\u202eexe.pdf", "a\u0000b", "日本株", "Ⅻ", "\uD800", "K\u212a",
        "x".repeat(200))) {
      assertThat(FileNames.slug(name)).as(name).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(60);
    }
    assertThat(FileNames.slug("Börse Übersicht")).isEqualTo("borse-ubersicht");
  }
}
