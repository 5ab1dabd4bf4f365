package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.app.RunScenarios;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.gui.DesktopPresenter.ViewState;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a large portfolio never holds the event thread: the presenter publishes to the event
 * thread as the window does, the load is held on a latch after the real read, and a probe posted
 * to the event thread meanwhile runs at once. Runs without a display (the event thread exists
 * headless too).
 */
class EventThreadStaysFreeTest {

  private static final int ROWS = 200_000;

  @TempDir
  Path tmp;

  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "large-portfolio-worker");
    t.setDaemon(true);
    return t;
  });

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  @Test
  void aProbeRunsOnTheEventThreadWhileA200000RowPortfolioLoads() throws Exception {
    Path file = tmp.resolve("large.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Symbol,Name,Quantity,Price,Currency,Sector\n");
      for (int i = 0; i < ROWS; i++) {
        // made-up tickers no scenario names: every holding 10 × 12.50 = 125.00 EUR
        w.write("ZQX" + i + ",Made-up company " + i + ",10,12.50,EUR,Made-up sector\n");
      }
    }
    CountDownLatch read = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean loadReturned = new AtomicBoolean();
    RunScenarios real = new RunScenarios();
    DesktopPresenter.Engine held = new DesktopPresenter.Engine() {
      @Override
      public Portfolio portfolio(Optional<Path> path) {
        Portfolio p = real.portfolio(path, RunScenarios.Reading.defaults(), Optional.empty());
        read.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        loadReturned.set(true);
        return p;
      }

      @Override
      public List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, RunScenarios.Settings s) {
        return real.run(portfolio, scenarios, s);
      }
    };
    List<ViewState> shown = new CopyOnWriteArrayList<>();
    AtomicBoolean offEventThread = new AtomicBoolean();
    DesktopPresenter p = new DesktopPresenter(held, worker, SwingUtilities::invokeLater, new DesktopPresenter.View() {
      @Override
      public void show(ViewState state) {
        offEventThread.compareAndSet(false, !SwingUtilities.isEventDispatchThread());
        shown.add(state);
      }

      @Override
      public void alert(DesktopPresenter.Alert alert) {
        shown.add(null);
      }
    }, new RecentFiles(RecentFiles.inMemory()), Locale.US, DesktopPresenter.DEBOUNCE);

    // asked for on the event thread, as the window's Open does
    SwingUtilities.invokeAndWait(() -> p.start(Optional.of(file), List.of()));
    assertThat(read.await(120, TimeUnit.SECONDS)).as("the 200,000 rows were read").isTrue();

    long start = System.nanoTime();
    AtomicBoolean probed = new AtomicBoolean();
    SwingUtilities.invokeAndWait(() -> probed.set(true));
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(probed).isTrue();
    assertThat(millis).as("the probe waited on the event thread").isLessThan(1_000);
    assertThat(loadReturned).as("the load is still in progress during the probe").isFalse();
    // the window already says it is busy, and shows no result yet
    SwingUtilities.invokeAndWait(() -> { });
    assertThat(shown.get(shown.size() - 1).busy()).isTrue();
    assertThat(shown).allSatisfy(s -> assertThat(s.totals()).isEmpty());

    release.countDown();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    ViewState last = null;
    while (System.nanoTime() < end) {
      last = shown.get(shown.size() - 1);
      if (last != null && !last.busy() && last.totals().isPresent()) {
        break;
      }
      Thread.sleep(50);
    }
    assertThat(last).isNotNull();
    assertThat(last.totals()).as("the run finished").isPresent();
    // 200,000 × 125.00 = 25,000,000.00 EUR; no scenario names a made-up ticker: no loss
    assertThat(last.holdings()).hasSize(ROWS);
    assertThat(last.totals().get().valueBefore()).isEqualTo(25_000_000.00, within(0.001));
    assertThat(last.totals().get().pnl()).isEqualTo(0.0, within(0.001));
    assertThat(offEventThread).as("every state was shown on the event thread").isFalse();
    // each severity-curve point would be a full run of 200,000 holdings: left out, and said so
    // (nothing moved, so the charts of the moves are left out too; the allocation is drawn)
    assertThat(last.charts()).extracting(DesktopPresenter.Chart::kind)
        .doesNotContain(io.shockfolio.chart.ChartKind.SEVERITY).contains(io.shockfolio.chart.ChartKind.ALLOCATION);
    assertThat(last.notes()).anyMatch(n -> n.startsWith("severity curve: left out for a portfolio of more than 5,000"));
  }
}
