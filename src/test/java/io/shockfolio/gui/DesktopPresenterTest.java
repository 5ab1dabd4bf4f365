package io.shockfolio.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.TestFiles;
import io.shockfolio.app.RunScenarios;
import io.shockfolio.app.ScenarioCatalog;
import io.shockfolio.chart.ChartKind;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.gui.DesktopPresenter.Alert;
import io.shockfolio.gui.DesktopPresenter.HoldingRow;
import io.shockfolio.gui.DesktopPresenter.ViewState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop view's inputs and what it shows, without a display: the sample portfolio and the
 * headline scenario, edits of the shock table, the severity, bad cells, stale runs, files.
 */
class DesktopPresenterTest {

  @TempDir
  Path tmp;

  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "presenter-test-worker");
    t.setDaemon(true);
    return t;
  });
  private final Recorder view = new Recorder();
  private final RecentFiles recent = new RecentFiles(RecentFiles.inMemory());

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  /** Keeps every state and alert the presenter publishes. */
  static final class Recorder implements DesktopPresenter.View {
    final List<ViewState> states = new CopyOnWriteArrayList<>();
    final List<Alert> alerts = new CopyOnWriteArrayList<>();

    @Override
    public void show(ViewState state) {
      states.add(state);
    }

    @Override
    public void alert(Alert alert) {
      alerts.add(alert);
    }

    ViewState latest() {
      return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    /** Waits until the latest state is idle and satisfies {@code p}. */
    ViewState await(Predicate<ViewState> p) throws InterruptedException {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < end) {
        ViewState s = latest();
        if (s != null && !s.busy() && p.test(s)) {
          return s;
        }
        Thread.sleep(5);
      }
      throw new AssertionError("no idle state as expected within 60 s; latest: " + latest());
    }

    /** Waits until the run asked for last has been shown. */
    ViewState idle() throws InterruptedException {
      return await(s -> true);
    }
  }

  private DesktopPresenter presenter(DesktopPresenter.Engine engine, Duration debounce) {
    return new DesktopPresenter(engine, worker, Runnable::run, view, recent, Locale.US, debounce);
  }

  private DesktopPresenter started() throws InterruptedException {
    DesktopPresenter p = presenter(DesktopPresenter.Engine.of(new RunScenarios()), Duration.ZERO);
    p.start(Optional.empty(), List.of());
    view.await(s -> s.totals().isPresent());
    return p;
  }

  private static HoldingRow row(ViewState s, String label) {
    return s.holdings().stream().filter(h -> h.holding().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no holding " + label + " in " + s.holdings()));
  }

  /** The editor's rows with the move of {@code target} replaced. */
  private static List<String[]> withMove(ViewState s, String target, String move) {
    List<String[]> rows = new ArrayList<>();
    boolean found = false;
    for (String[] r : s.editor().rows()) {
      String[] c = r.clone();
      if (c[0].equals(target)) {
        c[1] = move;
        found = true;
      }
      rows.add(c);
    }
    assertThat(found).as("row " + target).isTrue();
    return rows;
  }

  @Test
  void theSamplePortfolioAndTheHeadlineScenarioGiveTheWorkedTotals() throws Exception {
    started();
    ViewState s = view.idle();

    assertThat(s.portfolio()).isEqualTo("sample-portfolio");
    assertThat(s.shown()).isEqualTo("deepseek-2025-01-27");
    assertThat(s.scenarios()).extracting(DesktopPresenter.ScenarioItem::key)
        .containsExactlyElementsOf(ScenarioCatalog.bundledNames());
    assertThat(s.scenarios()).filteredOn(DesktopPresenter.ScenarioItem::ticked)
        .extracting(DesktopPresenter.ScenarioItem::key).containsExactly("deepseek-2025-01-27");
    // sum of the sample's Value in EUR column: 95,926.06
    // ENR.DE 8,310.00 × -19% = -1,578.90; ASML.AS 14,462.00 × -10% = -1,446.20;
    // NVDA 8,154.16 × -17% = -1,386.2072 → -1,386.21; total -4,411.31, after 91,514.75; -4,411.31 / 95,926.06 = -4.60%
    assertThat(s.totals().orElseThrow().valueBefore()).isEqualTo(95_926.06, within(0.001));
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-4_411.31, within(0.001));
    assertThat(s.totalsText()).isEqualTo(
        "Value before 95,926.06 EUR    Value after 91,514.75 EUR    Loss -4,411.31 EUR (-4.60%)");
    assertThat(row(s, "ENR.DE").pnl()).isEqualTo(-1_578.90, within(0.001));
    assertThat(row(s, "ASML.AS").pnl()).isEqualTo(-1_446.20, within(0.001));
    assertThat(row(s, "NVDA").pnl()).isEqualTo(-1_386.21, within(0.001));
    assertThat(row(s, "ASML.AS").matchedBy()).isEqualTo("ISIN");
    assertThat(row(s, "ASML.AS").method()).isEqualTo("reported");
    assertThat(row(s, "ASML.AS").why()).contains("-10% from ASML.AS", "matched by ISIN NL0010273215");
    assertThat(row(s, "SAP.DE").moved()).isFalse();
    // the holdings in file order, cash included
    assertThat(s.holdings()).hasSize(9);
    // one scenario: its charts, and no comparison; no history: no distribution, no reported-vs-actual
    assertThat(s.charts()).extracting(DesktopPresenter.Chart::kind).containsExactly(ChartKind.PNL_BY_HOLDING,
        ChartKind.WATERFALL, ChartKind.BY_SECTOR, ChartKind.BY_CURRENCY, ChartKind.BY_COUNTRY, ChartKind.ALLOCATION,
        ChartKind.SEVERITY);
    assertThat(s.charts().get(0).chart().getTitle().getText()).contains("sample-portfolio", "deepseek-2025-01-27");
    // the charts left out say why, in the window's words
    assertThat(s.notes()).contains("Reported versus actual moves: no chart; it needs a price history (Model, History)"
        + " that covers the event date, 2025-01-27");
    assertThat(s.notes()).noneMatch(n -> n.contains("--history"));
    assertThat(s.error()).isEmpty();
    assertThat(s.tableProblem()).isEmpty();
  }

  @Test
  void aMoveEditedInTheShockTableChangesTheTotal() throws Exception {
    DesktopPresenter p = started();
    ViewState before = view.idle();

    p.editRows(before.selected(), withMove(before, "ASML.AS", "-20%"));
    ViewState s = view.await(x -> x.totals().orElseThrow().pnl() != -4_411.31);

    // ASML.AS 14,462.00 × -0.20 = -2,892.40, 1,446.20 more than at -10%: -4,411.31 - 1,446.20 = -5,857.51
    assertThat(row(s, "ASML.AS").pnl()).isEqualTo(-2_892.40, within(0.001));
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-5_857.51, within(0.001));
    assertThat(s.totalsText()).contains("Loss -5,857.51 EUR");
    assertThat(s.scenarios()).filteredOn(i -> i.key().equals(s.selected()))
        .extracting(DesktopPresenter.ScenarioItem::edited).containsExactly(true);
    // the editor keeps the edit
    assertThat(s.editor().rows()).anySatisfy(r -> assertThat(r).startsWith("ASML.AS", "-20%"));
  }

  @Test
  void severityTwoDoublesEveryMove() throws Exception {
    DesktopPresenter p = started();

    p.setSeverity(2.0);
    ViewState s = view.await(x -> x.severity() == 2.0);

    // ENR.DE -19% × 2 = -38%: 8,310.00 × -0.38 = -3,157.80; ASML.AS -10% × 2 = -20%: 14,462.00 × -0.20 = -2,892.40;
    // NVDA -17% × 2 = -34%: 8,154.16 × -0.34 = -2,772.4144 → -2,772.41; total -8,822.61
    assertThat(row(s, "ENR.DE").move()).isEqualTo(-0.38, within(1e-12));
    assertThat(row(s, "ASML.AS").move()).isEqualTo(-0.20, within(1e-12));
    assertThat(row(s, "NVDA").move()).isEqualTo(-0.34, within(1e-12));
    assertThat(row(s, "ENR.DE").pnl()).isEqualTo(-3_157.80, within(0.001));
    assertThat(row(s, "NVDA").pnl()).isEqualTo(-2_772.41, within(0.001));
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-8_822.61, within(0.001));
    assertThat(DesktopPresenter.severityText(s.severity())).isEqualTo("\u00d72.00");
  }

  @Test
  void aBadMoveCellNamesRowAndColumnAndKeepsTheLastGoodResults() throws Exception {
    DesktopPresenter p = started();
    ViewState good = view.idle();
    // ASML.AS is the third row of the headline table (NVDA, AVGO, ASML.AS, ENR.DE)
    assertThat(good.editor().rows().get(2)[0]).isEqualTo("ASML.AS");

    p.editRows(good.selected(), withMove(good, "ASML.AS", "-1O%"));
    ViewState s = view.await(x -> !x.tableProblem().isEmpty());

    assertThat(s.tableProblem()).startsWith("shock table:3: column 2 'move': found '-1O%'");
    // the last good run stays on show, and the edit stays in the table
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-4_411.31, within(0.001));
    assertThat(row(s, "ASML.AS").pnl()).isEqualTo(-1_446.20, within(0.001));
    assertThat(s.charts()).isNotEmpty();
    assertThat(s.editor().rows().get(2)[1]).isEqualTo("-1O%");

    // a repeated target is refused as in a file: rows 1 and 2 both NVDA
    List<String[]> twice = withMove(good, "ASML.AS", "-10%");
    twice.get(1)[0] = "NVDA";
    p.editRows(good.selected(), twice);
    ViewState dup = view.await(x -> x.tableProblem().contains("NVDA"));
    assertThat(dup.tableProblem()).startsWith("shock table:2:");

    p.editRows(good.selected(), withMove(good, "ASML.AS", "-20%"));
    ViewState fixed = view.await(x -> x.tableProblem().isEmpty());
    assertThat(fixed.totals().orElseThrow().pnl()).isEqualTo(-5_857.51, within(0.001));
  }

  @Test
  void aRunOvertakenByANewerChangeIsNeverShown() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    RunScenarios real = new RunScenarios();
    DesktopPresenter.Engine slow = new DesktopPresenter.Engine() {
      @Override
      public Portfolio portfolio(Optional<Path> path) {
        return real.portfolio(path, RunScenarios.Reading.defaults(), Optional.empty());
      }

      @Override
      public List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, RunScenarios.Settings s) {
        // the second run (the first edit) waits until the test has made a newer edit
        if (runs.incrementAndGet() == 2) {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return real.run(portfolio, scenarios, s);
      }
    };
    DesktopPresenter p = presenter(slow, Duration.ZERO);
    p.start(Optional.empty(), List.of());
    ViewState first = view.await(s -> s.totals().isPresent());
    int seen = view.states.size();

    p.editRows(first.selected(), withMove(first, "ASML.AS", "-30%"));
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
    p.editRows(first.selected(), withMove(first, "ASML.AS", "-20%"));
    assertThat(view.latest().busy()).isTrue();
    release.countDown();
    ViewState s = view.await(x -> x.totals().orElseThrow().pnl() != -4_411.31);

    // -20%: -4,411.31 - 1,446.20 = -5,857.51; the overtaken -30% run would show
    // -4,411.31 - 2 × 1,446.20 = -7,303.71, and no state published after the edits shows it
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-5_857.51, within(0.001));
    assertThat(view.states.subList(seen, view.states.size()))
        .allSatisfy(x -> assertThat(x.totals().orElseThrow().pnl()).isNotCloseTo(-7_303.71, within(0.001)));
    assertThat(runs.get()).isEqualTo(3);
  }

  @Test
  void changesWithinThePauseRunOnce() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    RunScenarios real = new RunScenarios();
    DesktopPresenter.Engine counting = new DesktopPresenter.Engine() {
      @Override
      public Portfolio portfolio(Optional<Path> path) {
        return real.portfolio(path, RunScenarios.Reading.defaults(), Optional.empty());
      }

      @Override
      public List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, RunScenarios.Settings s) {
        runs.incrementAndGet();
        return real.run(portfolio, scenarios, s);
      }
    };
    // a long pause, so that the ten changes below surely fall within it
    DesktopPresenter p = presenter(counting, Duration.ofSeconds(2));
    p.start(Optional.empty(), List.of());
    view.await(s -> s.totals().isPresent());
    assertThat(runs.get()).isEqualTo(1);

    for (int i = 1; i <= 10; i++) {
      p.setSeverity(1 + i * 0.05);
    }
    ViewState s = view.await(x -> x.totals().orElseThrow().pnl() != -4_411.31);

    assertThat(runs.get()).isEqualTo(2);
    // the last value, 1.5: ENR.DE 8,310.00 × -0.285 = -2,368.35; ASML.AS 14,462.00 × -0.15 = -2,169.30;
    // NVDA 8,154.16 × -0.255 = -2,079.3108 → -2,079.31; total -6,616.96
    assertThat(s.severity()).isEqualTo(1.5, within(1e-9));
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-6_616.96, within(0.001));
  }

  @Test
  void aPortfolioThatCannotBeReadIsShownInADialogAndTheLastOneStays() throws Exception {
    DesktopPresenter p = started();
    Path bad = TestFiles.resource("io/shockfolio/cli/portfolio-bad-numbers.csv");

    p.openPortfolio(bad);
    view.await(s -> !view.alerts.isEmpty());

    Alert a = view.alerts.get(0);
    assertThat(a.error()).isTrue();
    // the reader's own one-line messages: file, line, column
    assertThat(a.message().lines()).containsExactly(
        bad + ":2: column 2 'Quantity': found 'ten', expected a number such as 1234.56, 1,234.56 or 1.234,56",
        bad + ":4: column 3 'Price': found '1.2.3x', expected a number such as 1234.56, 1,234.56 or 1.234,56");
    ViewState s = view.idle();
    assertThat(s.portfolio()).isEqualTo("sample-portfolio");
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-4_411.31, within(0.001));
    assertThat(s.recent()).isEmpty();

    Path degiro = TestFiles.resource("io/shockfolio/io/real/degiro_nl_Portfolio.csv");
    p.openPortfolio(degiro);
    ViewState d = view.await(x -> x.portfolio().equals("degiro_nl_Portfolio"));
    assertThat(d.recent()).containsExactly(degiro);
    assertThat(d.portfolioSource()).isEqualTo(degiro.toString());
    // SIEMENS ENERGY AG 20,270.40 × -19% = -3,851.376 → -3,851.38 (README's DEGIRO example)
    assertThat(row(d, "SIEMENS ENERGY AG").pnl()).isEqualTo(-3_851.38, within(0.001));
  }

  @Test
  void twoTickedScenariosAreComparedAndTheSelectedOneIsShown() throws Exception {
    DesktopPresenter p = started();

    p.tick("deepseek-2025-01-27-nvda-premarket", true);
    p.select("deepseek-2025-01-27-nvda-premarket");
    ViewState s = view.await(x -> x.shown().equals("deepseek-2025-01-27-nvda-premarket"));

    assertThat(s.results()).extracting(r -> r.scenario().name())
        .containsExactly("deepseek-2025-01-27", "deepseek-2025-01-27-nvda-premarket");
    assertThat(s.charts()).extracting(DesktopPresenter.Chart::kind).contains(ChartKind.COMPARISON, ChartKind.HEATMAP);
    // NVDA at -12% pre-market: 8,154.16 × -0.12 = -978.4992 → -978.50
    assertThat(row(s, "NVDA").pnl()).isEqualTo(-978.50, within(0.001));
    assertThat(s.editor().rows()).anySatisfy(r -> assertThat(r).startsWith("NVDA", "-12%", "pre-market"));

    p.tick("deepseek-2025-01-27-nvda-premarket", false);
    ViewState one = view.await(x -> x.results().size() == 1);
    // the selected scenario is no longer ticked: the ticked one is shown, without comparison charts
    assertThat(one.shown()).isEqualTo("deepseek-2025-01-27");
    assertThat(one.charts()).extracting(DesktopPresenter.Chart::kind).doesNotContain(ChartKind.COMPARISON);

    p.tick("deepseek-2025-01-27", false);
    ViewState none = view.await(x -> !x.error().isEmpty());
    assertThat(none.error()).startsWith("Tick a scenario");
    assertThat(none.holdings()).isEmpty();
  }

  @Test
  void anEditedScenarioIsSavedAsAFileTheCommandLineReads() throws Exception {
    DesktopPresenter p = started();
    ViewState s = view.idle();
    p.editRows(s.selected(), withMove(s, "ASML.AS", "-20%"));
    view.await(x -> x.totals().orElseThrow().pnl() != -4_411.31);

    p.saveScenario(tmp.resolve("my-deepseek"));
    view.await(x -> !view.alerts.isEmpty());

    Path file = tmp.resolve("my-deepseek.csv");
    assertThat(view.alerts.get(0).title()).isEqualTo("Scenario saved");
    Scenario back = ScenarioCatalog.load(file.toString());
    assertThat(back.name()).isEqualTo("deepseek-2025-01-27");
    assertThat(back.shockFor(ShockTarget.symbol("ASML.AS")).orElseThrow().move()).isEqualTo(-0.20);
    assertThat(back.shockFor(ShockTarget.symbol("NVDA")).orElseThrow().move()).isEqualTo(-0.17);
  }

  @Test
  void aScenarioSavedOverTheOpenPortfolioIsRefusedAndTheFileStays() throws Exception {
    DesktopPresenter p = started();
    Path portfolio = Files.copy(TestFiles.resource("io/shockfolio/sample-portfolio.csv"), tmp.resolve("mine.csv"));
    byte[] before = Files.readAllBytes(portfolio);
    p.openPortfolio(portfolio);
    view.await(x -> x.portfolio().equals("mine"));

    p.saveScenario(portfolio);
    view.await(x -> !view.alerts.isEmpty());

    Alert a = view.alerts.get(0);
    assertThat(a.title()).isEqualTo("Scenario not saved");
    assertThat(a.message()).isEqualTo(portfolio + ": is the portfolio open in the window (" + portfolio
        + "); an input is never overwritten, expected another file name or folder");
    assertThat(Files.readAllBytes(portfolio)).isEqualTo(before);
  }

  @Test
  void chartsAndReportAreSavedThroughTheUseCases() throws Exception {
    DesktopPresenter p = started();

    p.saveCharts(tmp);
    view.await(x -> view.alerts.size() == 1);
    p.saveReport(tmp.resolve("report"));
    view.await(x -> view.alerts.size() == 2);

    assertThat(view.alerts).extracting(Alert::title).containsExactly("Charts saved", "Report saved");
    // seven charts of one scenario (as in the chart tabs), each as PNG and SVG
    assertThat(view.alerts.get(0).message()).startsWith("14 files saved in " + tmp);
    assertThat(tmp.resolve("sample-portfolio--deepseek-2025-01-27--waterfall.png")).isNotEmptyFile();
    assertThat(tmp.resolve("sample-portfolio--deepseek-2025-01-27--severity.svg")).isNotEmptyFile();
    String html = Files.readString(tmp.resolve("report.html"));
    assertThat(html).contains("sample-portfolio").contains("\u22124,411.31").contains("<svg");
  }

  @Test
  void aFolderAddsItsScenariosAndNamesTheFilesThatAreNot() throws Exception {
    DesktopPresenter p = started();
    Path folder = Files.createDirectory(tmp.resolve("scenarios"));
    Files.writeString(folder.resolve("mine.csv"), "# name: mine\n# date: 2025-01-27\n# description: my guess\n"
        + "target,move,measured,source,note\nSAP.DE,-5%,close,my own guess,\n");
    Files.writeString(folder.resolve("broken.csv"), "# name: broken\n# date: 2025-01-27\n"
        + "target,move,measured,source,note\nSAP.DE,lots,close,my own guess,\n");

    p.addScenarioFolder(folder);
    view.await(x -> x.scenarios().size() == 5);

    assertThat(view.alerts).hasSize(1);
    assertThat(view.alerts.get(0).message()).contains("1 scenario added").contains(folder.resolve("broken.csv")
        + ":4: column 2 'move': found 'lots'"); // two # lines, the header, then the row: line 4
    String key = folder.resolve("mine.csv").toString();
    p.tick(key, true);
    p.select(key);
    ViewState s = view.await(x -> x.shown().equals("mine"));
    // SAP.DE 10,712.00 × -5% = -535.60
    assertThat(row(s, "SAP.DE").pnl()).isEqualTo(-535.60, within(0.001));
  }

  @Test
  void aBadAsOfDateIsShownAndTheLastResultsStay() throws Exception {
    DesktopPresenter p = started();

    p.setAsOf("24.01.2025");
    ViewState s = view.await(x -> !x.error().isEmpty());

    assertThat(s.error()).isEqualTo("as-of date: found '24.01.2025', expected a date such as 2025-01-24 (YYYY-MM-DD),"
        + " or nothing for the last trading day before the event");
    assertThat(s.totals().orElseThrow().pnl()).isEqualTo(-4_411.31, within(0.001));

    p.setAsOf("");
    assertThat(view.await(x -> x.error().isEmpty()).totals()).isPresent();
  }

  @Test
  void aModelThatNeedsHistoryWithoutItIsAProblemAndNoneRunsAgain() throws Exception {
    DesktopPresenter p = started();
    p.setModel("beta");
    ViewState s = view.await(x -> !x.error().isEmpty());
    // beta estimates from price history, and none is given
    assertThat(s.error()).contains("history");

    p.setModel("none");
    ViewState none = view.await(x -> x.error().isEmpty());
    assertThat(none.model()).isEqualTo("none");
    assertThat(none.totals().orElseThrow().pnl()).isEqualTo(-4_411.31, within(0.001));
  }

  @Test
  void aPriceHistoryAddsTheReportedVersusActualChart() throws Exception {
    DesktopPresenter p = started();
    Path history = TestFiles.resource("io/shockfolio/cli/history-deepseek-excerpt.csv");

    p.setHistory(Optional.of(history));
    ViewState s = view.await(x -> x.charts().stream().anyMatch(c -> c.kind() == ChartKind.REPORTED_VS_ACTUAL));

    // the excerpt runs from September 2024 to 31 January 2025, so it covers the event day
    assertThat(s.history()).contains(history);
    assertThat(s.error()).isEmpty();
    assertThat(s.results().get(0).analysis().reportedVersusActual()).isNotEmpty();
    assertThat(s.notes()).noneMatch(n -> n.startsWith("Reported versus actual moves: no chart"));

    p.setHistory(Optional.empty());
    ViewState without = view.await(x -> x.history().isEmpty());
    assertThat(without.charts()).extracting(DesktopPresenter.Chart::kind).doesNotContain(ChartKind.REPORTED_VS_ACTUAL);
  }
}
