package io.shockfolio.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The portfolios opened last, newest first, at most {@value #MAX}, kept between runs in a {@link
 * Store}: the user's preferences in the program, an in-memory store in tests.
 */
final class RecentFiles {

  /** How many files are remembered. */
  static final int MAX = 8;

  /** Where the list is kept. */
  interface Store {
    List<String> load();

    void save(List<String> paths);
  }

  private final Store store;

  RecentFiles(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** The remembered files, newest first. */
  synchronized List<Path> list() {
    List<Path> out = new ArrayList<>();
    for (String s : store.load()) {
      try {
        Path p = Path.of(s);
        if (!out.contains(p)) {
          out.add(p);
        }
      } catch (RuntimeException e) {
        // a path this system cannot read back is dropped
      }
    }
    return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : List.copyOf(out);
  }

  /** Puts {@code file} first, removing it lower down and dropping the oldest beyond {@value #MAX}. */
  synchronized void add(Path file) {
    Path p = file.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(list());
    list.remove(p);
    list.add(0, p);
    store.save(list.stream().limit(MAX).map(Path::toString).toList());
  }

  /** Forgets {@code file}, e.g. after it could not be opened any more. */
  synchronized void remove(Path file) {
    Path p = file.toAbsolutePath().normalize();
    List<Path> list = new ArrayList<>(list());
    if (list.remove(p)) {
      store.save(list.stream().map(Path::toString).toList());
    }
  }

  /** A store in {@code node}: keys {@code recent.0} to {@code recent.7}. */
  static Store inPreferences(Preferences node) {
    return new Store() {
      @Override
      public List<String> load() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
          String v = node.get("recent." + i, null);
          if (v != null && !v.isBlank()) {
            out.add(v);
          }
        }
        return out;
      }

      @Override
      public void save(List<String> paths) {
        for (int i = 0; i < MAX; i++) {
          if (i < paths.size()) {
            node.put("recent." + i, paths.get(i));
          } else {
            node.remove("recent." + i);
          }
        }
        try {
          node.flush();
        } catch (BackingStoreException e) {
          // the list is kept for this run; the next run starts from what was saved before
        }
      }
    };
  }

  /** The user's own preferences for Shockfolio's desktop view. */
  static Store userPreferences() {
    return inPreferences(Preferences.userRoot().node("io/shockfolio/desktop"));
  }

  /** A store kept in memory only. */
  static Store inMemory() {
    return new Store() {
      private List<String> paths = List.of();

      @Override
      public synchronized List<String> load() {
        return paths;
      }

      @Override
      public synchronized void save(List<String> list) {
        paths = List.copyOf(list);
      }
    };
  }
}
