package io.shockfolio.gui;

import io.shockfolio.app.DesktopView;
import io.shockfolio.app.RunScenarios;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** The Swing desktop view, found by {@code shockfolio gui} through the service loader. */
public final class SwingDesktopView implements DesktopView {

  private final java.util.function.Supplier<RecentFiles.Store> recentStore;

  /** The view the service loader makes: recent files in the user's preferences. */
  public SwingDesktopView() {
    this(RecentFiles::userPreferences);
  }

  /** A view keeping its recent files in {@code recentStore}: tests keep them away from the user's. */
  SwingDesktopView(java.util.function.Supplier<RecentFiles.Store> recentStore) {
    this.recentStore = recentStore;
  }

  @Override
  public void show(Optional<Path> portfolio, List<String> scenarios) {
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException("no display to open a window on (DISPLAY is not set, or Java runs headless);"
          + " use 'shockfolio run' in a terminal");
    }
    boolean dark = SystemTheme.prefersDark();
    CountDownLatch closed = new CountDownLatch(1);
    try {
      EventQueue.invokeAndWait(() -> {
        DesktopWindow.installLookAndFeel(dark);
        DesktopWindow window = new DesktopWindow(DesktopPresenter.Engine.of(new RunScenarios()),
            new RecentFiles(recentStore.get()), Locale.getDefault(Locale.Category.FORMAT),
            DesktopPresenter.DEBOUNCE);
        window.frame().addWindowListener(new WindowAdapter() {
          @Override
          public void windowClosed(WindowEvent e) {
            closed.countDown();
          }
        });
        window.start(portfolio, scenarios);
        window.frame().setVisible(true);
      });
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException("cannot open a window: " + oneLine(cause), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
