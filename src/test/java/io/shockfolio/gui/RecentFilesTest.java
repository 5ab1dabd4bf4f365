package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The recent files: newest first, no repeats, at most eight, kept in a store the test owns. */
class RecentFilesTest {

  /** Preferences kept in memory: the user's real preferences are never touched. */
  private static final class MemoryPreferences extends AbstractPreferences {
    final Map<String, String> values = new HashMap<>();
    int flushes;

    MemoryPreferences() {
      super(null, "");
    }

    @Override
    protected void putSpi(String key, String value) {
      values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
      return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
      values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {}

    @Override
    protected String[] keysSpi() {
      return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
      return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected void syncSpi() {}

    @Override
    protected void flushSpi() {
      flushes++;
    }
  }

  private static Path file(int i) {
    return Path.of("/data/portfolio-" + i + ".csv");
  }

  @Test
  void newestFirstWithoutRepeatsAndAtMostEight() {
    RecentFiles recent = new RecentFiles(RecentFiles.inMemory());
    for (int i = 1; i <= 10; i++) {
      recent.add(file(i));
    }
    recent.add(file(5));

    // 10 added, the oldest two (1, 2) dropped; 5 opened again moves to the front
    assertThat(recent.list()).containsExactly(file(5), file(10), file(9), file(8), file(7), file(6), file(4), file(3));

    recent.remove(file(9));
    assertThat(recent.list()).containsExactly(file(5), file(10), file(8), file(7), file(6), file(4), file(3));
  }

  @Test
  void theListIsKeptInPreferencesAndReadBackByTheNextRun() {
    MemoryPreferences node = new MemoryPreferences();
    RecentFiles first = new RecentFiles(RecentFiles.inPreferences(node));
    first.add(file(1));
    first.add(file(2));

    assertThat(node.values).containsEntry("recent.0", file(2).toString()).containsEntry("recent.1", file(1).toString())
        .hasSize(2);
    assertThat(node.flushes).isPositive();
    RecentFiles next = new RecentFiles(RecentFiles.inPreferences(node));
    assertThat(next.list()).containsExactly(file(2), file(1));

    next.remove(file(2));
    assertThat(node.values).containsOnly(Map.entry("recent.0", file(1).toString()));
  }

  @Test
  void relativePathsAreRememberedInFull() {
    Preferences node = new MemoryPreferences();
    RecentFiles recent = new RecentFiles(RecentFiles.inPreferences(node));
    recent.add(Path.of("some/../my.csv"));

    assertThat(recent.list()).containsExactly(Path.of("my.csv").toAbsolutePath());
  }
}
