package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.chart.ChartKind;
import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.ScenarioResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts saved in parallel: the same files, in the same order, as drawing them one after another. */
class SaveChartsTest {

  @TempDir
  Path tmp;

  @Test
  void parallelSavingWritesWhatSerialRenderingGivesInDrawOrder() throws Exception {
    List<ScenarioResult> results = new RunScenarios().run(RunScenarios.Request.defaults());
    Set<ChartKind> kinds = EnumSet.of(ChartKind.PNL_BY_HOLDING, ChartKind.WATERFALL, ChartKind.BY_SECTOR);
    SaveCharts.Options options = new SaveCharts.Options(kinds, EnumSet.allOf(SaveCharts.Format.class), 1200, 800, 1.0);

    SaveCharts.Saved saved = SaveCharts.save(results, tmp, options, Locale.UK);

    // the list follows ChartKind's order, PNG before SVG for each chart
    String stem = "sample-portfolio--deepseek-2025-01-27--";
    assertThat(saved.files()).extracting(p -> p.getFileName().toString()).containsExactly(
        stem + "pnl-by-holding.png", stem + "pnl-by-holding.svg",
        stem + "waterfall.png", stem + "waterfall.svg",
        stem + "by-sector.png", stem + "by-sector.svg");
    // each file holds exactly what rendering the same chart on this thread gives (SVGs are the
    // same on every run; PNG encoding is deterministic)
    List<SaveCharts.Drawn> again = SaveCharts.draw(results, kinds, Locale.UK, new ArrayList<>());
    for (int i = 0; i < again.size(); i++) {
      SaveCharts.Drawn d = again.get(i);
      assertThat(Files.readAllBytes(saved.files().get(2 * i))).as(d.stem() + ".png")
          .isEqualTo(ChartRenderer.png(d.chart(), 1200, 800, 1.0));
      assertThat(Files.readString(saved.files().get(2 * i + 1), StandardCharsets.UTF_8)).as(d.stem() + ".svg")
          .isEqualTo(ChartRenderer.svg(d.chart(), 1200, 800));
    }
  }

  @Test
  void inParallelKeepsTheOrderOfTheItemsAndUsesMoreThanOneThread() {
    int cores = Runtime.getRuntime().availableProcessors();
    // every task waits until two have started: with one thread this would time out
    CountDownLatch bothStarted = new CountDownLatch(Math.min(2, cores));
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Integer> squares = SaveCharts.inParallel(List.of(1, 2, 3, 4, 5), n -> {
      threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
      bothStarted.countDown();
      try {
        assertThat(bothStarted.await(30, TimeUnit.SECONDS)).as("a second task ran at the same time").isTrue();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return n * n;
    });

    assertThat(squares).containsExactly(1, 4, 9, 16, 25);
    assertThat(threads).hasSize(Math.min(cores, 5));
  }

  @Test
  void aTasksOwnExceptionComesOutUnwrapped() {
    InputException bad = InputException.ofUsage("charts: cannot write there");
    assertThatThrownBy(() -> SaveCharts.inParallel(List.of(1, 2), n -> {
      if (n == 2) {
        throw bad;
      }
      return n;
    })).isSameAs(bad);
  }
}
