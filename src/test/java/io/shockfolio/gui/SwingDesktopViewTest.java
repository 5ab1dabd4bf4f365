package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.shockfolio.app.DesktopView;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What {@code shockfolio gui} relies on: the view is found, refuses without a display, and blocks until closed. */
class SwingDesktopViewTest {

  @Test
  void theServiceLoaderFindsTheSwingView() {
    assertThat(DesktopView.find()).get().isInstanceOf(SwingDesktopView.class);
  }

  @Test
  void withoutADisplayShowRefusesWithOneLine() {
    assumeTrue(GraphicsEnvironment.isHeadless(), "there is a display");
    assertThatThrownBy(() -> new SwingDesktopView(RecentFiles::inMemory).show(Optional.empty(), List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no display to open a window on")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void showReturnsOnlyWhenTheWindowIsClosed() throws Exception {
    assumeTrue(!GraphicsEnvironment.isHeadless() || "1".equals(System.getenv("SHOCKFOLIO_REQUIRE_DISPLAY")),
        "no display");
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        new SwingDesktopView(RecentFiles::inMemory).show(Optional.empty(), List.of());
      } catch (Throwable t) {
        failed.set(t);
      }
    }, "gui-command");
    caller.start();

    Frame frame = null;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (frame == null && System.nanoTime() < end && failed.get() == null) {
      Thread.sleep(50);
      frame = Arrays.stream(Frame.getFrames()).filter(f -> f.isShowing() && f.getTitle().startsWith("Shockfolio"))
          .findFirst().orElse(null);
    }
    assertThat(failed.get()).isNull();
    assertThat(frame).as("the window opened").isNotNull();
    Thread.sleep(300);
    assertThat(caller.isAlive()).as("show blocks while the window is open").isTrue();

    Frame open = frame;
    EventQueue.invokeAndWait(open::dispose);
    caller.join(10_000);
    assertThat(caller.isAlive()).as("show returned once the window closed").isFalse();
    assertThat(failed.get()).isNull();
  }
}
