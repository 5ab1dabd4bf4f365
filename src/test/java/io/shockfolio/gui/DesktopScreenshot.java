package io.shockfolio.gui;

import io.shockfolio.app.RunScenarios;
import java.awt.EventQueue;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;

/**
 * Opens the window on a display (Xvfb), waits for the run, selects a tab and paints the window
 * into a PNG: how the README's screenshot is made.
 *
 * <p>Arguments: {@code OUT.png PORTFOLIO|- light|dark TAB [SCENARIO…]}, e.g. {@code
 * docs/images/desktop.png ../shared/data/holdings/degiro_nl_Portfolio.csv light Waterfall
 * deepseek-2025-01-27}.
 */
public final class DesktopScreenshot {

  private DesktopScreenshot() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Optional<Path> portfolio = args[1].equals("-") ? Optional.empty() : Optional.of(Path.of(args[1]));
    boolean dark = args[2].equals("dark");
    String tab = args[3];
    List<String> scenarios = Arrays.asList(args).subList(4, args.length);
    AtomicReference<DesktopWindow> window = new AtomicReference<>();
    EventQueue.invokeAndWait(() -> {
      DesktopWindow.installLookAndFeel(dark);
      DesktopWindow w = new DesktopWindow(DesktopPresenter.Engine.of(new RunScenarios()),
          new RecentFiles(RecentFiles.inMemory()), Locale.US, Duration.ofMillis(50));
      w.onAlert(a -> System.err.println(a.title() + ": " + a.message()));
      w.start(portfolio, scenarios);
      w.frame().setVisible(true);
      window.set(w);
    });
    DesktopWindow w = window.get();
    for (int i = 0; i < 600; i++) {
      Thread.sleep(100);
      boolean[] done = new boolean[1];
      EventQueue.invokeAndWait(() -> done[0] = w.idle() && !w.state().results().isEmpty());
      if (done[0]) {
        break;
      }
    }
    EventQueue.invokeAndWait(() -> {
      for (int i = 0; i < w.tabs().getTabCount(); i++) {
        if (w.tabs().getTitleAt(i).equals(tab)) {
          w.tabs().setSelectedIndex(i);
        }
      }
    });
    Thread.sleep(500);
    BufferedImage[] img = new BufferedImage[1];
    EventQueue.invokeAndWait(() -> {
      JComponent root = w.frame().getRootPane();
      img[0] = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = img[0].createGraphics();
      root.paint(g);
      g.dispose();
      w.close();
    });
    ImageIO.write(img[0], "png", out.toFile());
    System.out.println("wrote " + out);
    System.exit(0);
  }
}
