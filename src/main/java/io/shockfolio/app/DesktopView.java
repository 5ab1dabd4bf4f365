package io.shockfolio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The desktop front end, found at run time ({@link ServiceLoader}) so that the command line starts
 * it without depending on it.
 */
public interface DesktopView {

  /**
   * Opens the window, with the portfolio and scenarios given (the sample portfolio and the headline
   * scenario when empty), and returns when the person closes it.
   *
   * @throws IllegalStateException with a message for people when no window can be opened (no display)
   */
  void show(Optional<Path> portfolio, List<String> scenarios);

  /** The desktop view in the build, if any. */
  static Optional<DesktopView> find() {
    return ServiceLoader.load(DesktopView.class).findFirst();
  }
}
