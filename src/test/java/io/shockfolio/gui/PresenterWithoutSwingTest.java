package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The presenter and its helpers stay testable without a display: no Swing, no AWT. */
class PresenterWithoutSwingTest {

  @Test
  void thePresenterTheRecentFilesAndTheThemeCheckImportNeitherSwingNorAwt() throws Exception {
    for (String name : new String[] {"DesktopPresenter", "RecentFiles", "SystemTheme"}) {
      String text = Files.readString(Path.of("src/main/java/io/shockfolio/gui/" + name + ".java"));
      assertThat(text).as(name).doesNotContain("import javax.swing").doesNotContain("import java.awt")
          .doesNotContain("javax.swing.").doesNotContain("java.awt.");
    }
  }
}
