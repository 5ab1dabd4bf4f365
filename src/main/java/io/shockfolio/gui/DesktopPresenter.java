package io.shockfolio.gui;

import io.shockfolio.app.Modelling;
import io.shockfolio.app.RunScenarios;
import io.shockfolio.app.OutputFiles;
import io.shockfolio.app.SaveCharts;
import io.shockfolio.app.SaveReport;
import io.shockfolio.app.ScenarioCatalog;
import io.shockfolio.chart.ChartKind;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jfree.chart.JFreeChart;

/**
 * What the desktop window shows, worked out from what the person chose: the portfolio file, the
 * ticked scenarios, the edited shock tables, the severity and the model settings. Every change
 * asks for a new run after a short pause ({@code debounce}); runs, reads and saves happen on the
 * {@code worker}, never on the caller's thread; each finished run is published to the {@link View}
 * through {@code publisher} (the event thread in the program), and a run that a newer change has
 * overtaken is dropped unseen. A run that fails keeps the last good results on show, with the
 * problem beside them.
 *
 * <p>All reading, checking, running, chart drawing and saving is done by the use cases of {@code
 * io.shockfolio.app}; this class only holds the inputs and turns results into rows and text. It
 * uses no Swing, so it is tested without a display.
 */
public final class DesktopPresenter {

  /** The model choice that leaves the model to the defaults of the command line. */
  public static final String DEFAULT_MODEL = "default";

  /** The model choices, as the command line's {@code --model} names them. */
  public static final List<String> MODELS = List.of(DEFAULT_MODEL, "none", "sector", "beta", "conditional");

  /** The pause after a change before the run, so that dragging a slider runs once, not fifty times. */
  public static final Duration DEBOUNCE = Duration.ofMillis(250);

  /**
   * The largest portfolio whose severity curve is worked out on every run: each of its 21 points is
   * a full run, which for 200,000 holdings takes minutes rather than a blink.
   */
  public static final int CURVE_HOLDINGS = 5_000;

  /** The largest severity the slider offers. */
  public static final double MAX_SEVERITY = 2.0;

  /** What the presenter asks of the use cases; the program's is {@link RunScenarios}. */
  public interface Engine {
    /** Reads a portfolio file, or the bundled sample when empty. */
    Portfolio portfolio(Optional<Path> path);

    /** Applies the scenarios to the portfolio. */
    List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, RunScenarios.Settings settings);

    /** The use cases themselves. */
    static Engine of(RunScenarios runner) {
      return new Engine() {
        @Override
        public Portfolio portfolio(Optional<Path> path) {
          return runner.portfolio(path, RunScenarios.Reading.defaults(), Optional.empty());
        }

        @Override
        public List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, RunScenarios.Settings s) {
          return runner.run(portfolio, scenarios, s);
        }
      };
    }
  }

  /** The window, called through the presenter's publisher. */
  public interface View {
    /** Shows the state: everything the window draws. */
    void show(ViewState state);

    /** Tells the person something that needs an answer or a look: a file that could not be read, a save done. */
    void alert(Alert alert);
  }

  /** A message for a dialog: an error or a report of what was saved. */
  public record Alert(String title, String message, boolean error) {}

  /** A scenario in the list: {@code key} is the bundled name or the file's path. */
  public record ScenarioItem(String key, String name, String description, String origin, boolean ticked,
      boolean edited) {}

  /**
   * The shock table of the selected scenario. {@code version} changes when the presenter replaces
   * the rows (another scenario selected, edits reset), not when the person edits them.
   */
  public record Editor(String key, String title, List<String[]> rows, long version) {}

  /** One holding of the scenario on show. {@code moved} is false for a holding no shock reached. */
  public record HoldingRow(String holding, double valueBefore, double move, boolean moved, String matchedBy,
      String method, double pnl, String why) {}

  /** The totals of the scenario on show, in {@code currency}. */
  public record Totals(double valueBefore, double valueAfter, double pnl, double pnlPct, String currency) {}

  /** A chart of the scenario on show, or one comparing the ticked scenarios. */
  public record Chart(ChartKind kind, String tab, JFreeChart chart) {}

  /**
   * Everything the window shows.
   *
   * @param portfolio the name of the portfolio on show, e.g. {@code sample-portfolio}
   * @param portfolioSource where it was read from
   * @param scenarios the scenario list
   * @param selected the key of the selected scenario (the one in the editor)
   * @param editor the selected scenario's shock table
   * @param severity the factor every move is scaled by
   * @param model the model choice, one of {@link #MODELS}
   * @param history the price-history file or folder, if any
   * @param asOf the as-of date as typed
   * @param shown the name of the scenario the holdings, totals and charts are of; empty for none
   * @param holdings its holdings in portfolio order
   * @param totals its totals
   * @param totalsText the totals as one line for the status bar
   * @param charts its charts, then the charts comparing the ticked scenarios
   * @param notes the run's notes and the charts that could not be drawn
   * @param tableProblem what is wrong with the edited shock table, one problem per line; empty when nothing
   * @param error what stopped the last run (other than the table); empty when nothing
   * @param busy whether a run or a save is under way
   * @param recent the portfolios opened last
   * @param results the results on show, for saving
   */
  public record ViewState(String portfolio, String portfolioSource, List<ScenarioItem> scenarios, String selected,
      Editor editor, double severity, String model, Optional<Path> history, String asOf, String shown,
      List<HoldingRow> holdings, Optional<Totals> totals, String totalsText, List<Chart> charts, List<String> notes,
      String tableProblem, String error, boolean busy, List<Path> recent, List<ScenarioResult> results) {}

  /** A scenario the person can tick. */
  private record Entry(String key, Scenario scenario, String origin) {}

  /** What one run showed. */
  private record Output(List<ScenarioResult> results, String shown, List<HoldingRow> holdings,
      Optional<Totals> totals, List<Chart> charts, List<String> notes) {
    static final Output NONE = new Output(List.of(), "", List.of(), Optional.empty(), List.of(), List.of());
  }

  /** The inputs of one run, taken at once. */
  private record Inputs(Optional<Path> portfolio, List<Entry> ticked, Entry selected, Map<String, List<String[]>> edits,
      double severity, String model, Optional<Path> history, String asOf) {}

  private final Engine engine;
  private final ScheduledExecutorService worker;
  private final Executor publisher;
  private final View view;
  private final RecentFiles recent;
  private final Locale locale;
  private final Duration debounce;

  // everything below is guarded by this
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> ticked = new LinkedHashSet<>();
  private final Map<String, List<String[]>> edits = new LinkedHashMap<>();
  private String selected = "";
  private long editorVersion;
  private Optional<Path> portfolioPath = Optional.empty();
  private Optional<Path> loadedPath = Optional.empty();
  private Portfolio loaded;
  private double severity = 1.0;
  private String model = DEFAULT_MODEL;
  private Optional<Path> history = Optional.empty();
  private String asOf = "";
  private long generation;
  private long shownGeneration;
  private ScheduledFuture<?> pending;
  private int saving;
  private Output output = Output.NONE;
  private String tableProblem = "";
  private String error = "";

  /**
   * @param engine the use cases
   * @param worker where runs, reads and saves happen: one thread, so that they come in order
   * @param publisher where the view is called: the event thread in the program
   * @param view the window
   * @param recent the portfolios opened last
   * @param locale the format of numbers in text
   * @param debounce the pause after a change before the run
   */
  public DesktopPresenter(Engine engine, ScheduledExecutorService worker, Executor publisher, View view,
      RecentFiles recent, Locale locale, Duration debounce) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.worker = Objects.requireNonNull(worker, "worker");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.view = Objects.requireNonNull(view, "view");
    this.recent = Objects.requireNonNull(recent, "recent");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.debounce = Objects.requireNonNull(debounce, "debounce");
  }

  // ---------------------------------------------------------------- inputs

  /**
   * Lists the bundled scenarios, adds and ticks those given (names or files; the headline scenario
   * when none), and runs them on {@code portfolio} (the bundled sample when empty).
   */
  public void start(Optional<Path> portfolio, List<String> scenarios) {
    synchronized (this) {
      portfolioPath = portfolio;
      saving++;
      publish();
    }
    worker.execute(() -> {
      List<String> problems = new ArrayList<>();
      List<Entry> found = new ArrayList<>();
      for (String name : ScenarioCatalog.bundledNames()) {
        try {
          found.add(new Entry(name, ScenarioCatalog.load(name), "bundled"));
        } catch (RuntimeException e) {
          problems.add(e.getMessage());
        }
      }
      List<String> tick = new ArrayList<>();
      for (String s : scenarios.isEmpty() ? List.of(ScenarioCatalog.HEADLINE) : scenarios) {
        if (found.stream().anyMatch(e -> e.key().equals(s))) {
          tick.add(s);
          continue;
        }
        try {
          String key = Path.of(s).toAbsolutePath().normalize().toString();
          found.add(new Entry(key, ScenarioCatalog.load(s), key));
          tick.add(key);
        } catch (InputException e) {
          problems.add(e.getMessage());
        } catch (RuntimeException e) {
          problems.add(s + ": " + e.getMessage());
        }
      }
      synchronized (this) {
        saving--;
        for (Entry e : found) {
          if (entries.stream().noneMatch(x -> x.key().equals(e.key()))) {
            entries.add(e);
          }
        }
        ticked.addAll(tick);
        if (selected.isEmpty() && !tick.isEmpty()) {
          selected = tick.get(0);
          editorVersion++;
        }
        if (!problems.isEmpty()) {
          alert(new Alert("Cannot read a scenario", String.join("\n", problems), true));
        }
        changed();
      }
    });
  }

  /** Opens a portfolio file; when it cannot be read, the one before stays and a dialog says why. */
  public synchronized void openPortfolio(Path file) {
    portfolioPath = Optional.of(file.toAbsolutePath().normalize());
    changed();
  }

  /** Adds the scenario files ({@code *.csv}) of {@code folder} to the list, unticked. */
  public void addScenarioFolder(Path folder) {
    synchronized (this) {
      saving++;
      publish();
    }
    worker.execute(() -> {
      List<Entry> found = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      try {
        for (Path file : ScenarioCatalog.inFolder(folder)) {
          String key = file.toAbsolutePath().normalize().toString();
          try {
            found.add(new Entry(key, ScenarioCatalog.load(file.toString()), key));
          } catch (InputException e) {
            problems.add(e.getMessage());
          }
        }
        if (found.isEmpty() && problems.isEmpty()) {
          problems.add(folder + ": no .csv files; expected a folder of scenario files");
        }
      } catch (InputException e) {
        problems.add(e.getMessage());
      }
      synchronized (this) {
        saving--;
        for (Entry e : found) {
          entries.removeIf(x -> x.key().equals(e.key()));
          entries.add(e);
        }
        if (!problems.isEmpty()) {
          alert(new Alert(found.isEmpty() ? "No scenarios added" : "Some files were not added",
              (found.isEmpty() ? "" : found.size() + " scenario" + (found.size() == 1 ? "" : "s") + " added; ")
                  + (problems.size() == 1 ? "not added:\n" : "not added (" + problems.size() + "):\n")
                  + String.join("\n", problems), true));
        }
        publish();
      }
    });
  }

  /** Ticks or unticks a scenario: the ticked ones are run, and compared when there are several. */
  public synchronized void tick(String key, boolean on) {
    if (entry(key).isEmpty() || (on ? !ticked.add(key) : !ticked.remove(key))) {
      return;
    }
    // keep the list's order, so that charts compare the scenarios in the order shown
    List<String> order = entries.stream().map(Entry::key).filter(ticked::contains).toList();
    ticked.clear();
    ticked.addAll(order);
    changed();
  }

  /** Selects the scenario whose shocks the editor shows; its results are shown when it is ticked. */
  public synchronized void select(String key) {
    if (entry(key).isEmpty() || key.equals(selected)) {
      return;
    }
    selected = key;
    editorVersion++;
    changed();
  }

  /** The shock table of the selected scenario as the person edited it; checked on the next run. */
  public synchronized void editRows(String key, List<String[]> rows) {
    Optional<Entry> e = entry(key);
    if (e.isEmpty()) {
      return;
    }
    List<String[]> copy = copy(rows);
    if (same(copy, ScenarioCatalog.rows(e.get().scenario()))) {
      edits.remove(key);
    } else {
      edits.put(key, copy);
    }
    changed();
  }

  /** Puts the selected scenario's shocks back as read. */
  public synchronized void resetEdits() {
    if (edits.remove(selected) != null) {
      editorVersion++;
      changed();
    }
  }

  /** Scales every move by {@code factor}, from 0 to {@value #MAX_SEVERITY}. */
  public synchronized void setSeverity(double factor) {
    double f = Math.max(0, Math.min(MAX_SEVERITY, factor));
    if (f != severity) {
      severity = f;
      changed();
    }
  }

  /** The model, one of {@link #MODELS}. */
  public synchronized void setModel(String choice) {
    if (!MODELS.contains(choice)) {
      throw new IllegalArgumentException("Expected one of " + MODELS + ", but found " + choice);
    }
    if (!choice.equals(model)) {
      model = choice;
      changed();
    }
  }

  /** The price-history file or folder; empty for none. */
  public synchronized void setHistory(Optional<Path> path) {
    if (!path.equals(history)) {
      history = path;
      changed();
    }
  }

  /** The last date of history to use, {@code YYYY-MM-DD}; blank for the last trading day before the event. */
  public synchronized void setAsOf(String text) {
    String t = text == null ? "" : text.strip();
    if (!t.equals(asOf)) {
      asOf = t;
      changed();
    }
  }

  // ---------------------------------------------------------------- saving

  /** Saves the selected scenario's shock table, as edited, as a scenario file. */
  public void saveScenario(Path target) {
    Path file = withExtension(target, ".csv", n -> n.toLowerCase(Locale.ROOT).endsWith(".csv"));
    Entry e;
    List<String[]> rows;
    double factor;
    Map<Path, String> inputs;
    synchronized (this) {
      Optional<Entry> sel = entry(selected);
      if (sel.isEmpty()) {
        alert(new Alert("Nothing to save", "Select a scenario first.", true));
        return;
      }
      e = sel.get();
      rows = edits.containsKey(selected) ? copy(edits.get(selected)) : null;
      factor = severity;
      inputs = inputFiles();
      saving++;
      publish();
    }
    worker.execute(() -> {
      Alert done;
      try (OutputFiles files = protecting(inputs)) {
        Scenario s = rows == null ? e.scenario() : table(e, rows);
        ScenarioCatalog.save(s, file, files);
        files.commit();
        done = new Alert("Scenario saved", "Saved " + s.shocks().size() + " shocks to " + file
            + (factor != 1.0 ? "\nThe moves are saved as in the table; the severity " + severityText(factor)
                + " is not applied to them." : ""), false);
      } catch (InputException ex) {
        done = new Alert("Scenario not saved", ex.getMessage(), true);
      } catch (RuntimeException ex) {
        done = new Alert("Scenario not saved", file + ": " + ex, true);
      }
      finish(done);
    });
  }

  /** Saves the charts on show, of every ticked scenario, as PNG and SVG in {@code folder}. */
  public void saveCharts(Path folder) {
    saveResults("Charts", folder, (results, files) -> {
      SaveCharts.Options options = chartOptions(results, EnumSet.allOf(SaveCharts.Format.class));
      SaveCharts.Saved saved = SaveCharts.save(results, folder, options, locale, files);
      return saved.files().size() + " files saved in " + folder
          + (saved.notes().isEmpty() ? "" : "\n" + String.join("\n", saved.notes()));
    });
  }

  /** Writes the report of the results on show: HTML, or Markdown for a {@code .md} name. */
  public void saveReport(Path target) {
    Path file = withExtension(target, ".html", SaveReport::isReportName);
    saveResults("Report", file, (results, files) -> {
      SaveCharts.Options options = chartOptions(results, Set.of());
      List<String> notes = new ArrayList<>();
      List<SaveCharts.Drawn> drawn = SaveCharts.draw(results, options.kinds(), locale, notes);
      List<Path> written = SaveReport.write(file, results, drawn, options, locale, files);
      return "Saved " + written.get(written.size() - 1)
          + (written.size() > 1 ? " and " + (written.size() - 1) + " chart images beside it" : "");
    });
  }

  /** Writes the files of the results on show into {@code files}, and says what was saved. */
  private interface Saving {
    String save(List<ScenarioResult> results, OutputFiles files);
  }

  /**
   * Saves the results on show off the event thread, through files that never replace an input of
   * the window and are put in place only when all are written, then alerts "{@code what} saved"
   * or "{@code what} not saved" with the reason. {@code where} names the target in an unexpected error.
   */
  private void saveResults(String what, Path where, Saving saving) {
    List<ScenarioResult> results;
    Map<Path, String> inputs;
    synchronized (this) {
      results = output.results();
      if (results.isEmpty()) {
        alert(new Alert("Nothing to save", "There are no results yet.", true));
        return;
      }
      inputs = inputFiles();
      this.saving++;
      publish();
    }
    worker.execute(() -> {
      Alert done;
      try (OutputFiles files = protecting(inputs)) {
        String said = saving.save(results, files);
        files.commit();
        done = new Alert(what + " saved", said, false);
      } catch (InputException ex) {
        done = new Alert(what + " not saved", ex.getMessage(), true);
      } catch (RuntimeException ex) {
        done = new Alert(what + " not saved", where + ": " + ex, true);
      }
      finish(done);
    });
  }

  /** The files the window reads, each with what it is: a save never replaces one. Called holding the lock. */
  private Map<Path, String> inputFiles() {
    Map<Path, String> inputs = new java.util.LinkedHashMap<>();
    portfolioPath.ifPresent(p -> inputs.put(p, "the portfolio open in the window"));
    history.ifPresent(p -> inputs.put(p, "the price history open in the window"));
    for (Entry e : entries) {
      if (!e.origin().equals("bundled")) {
        inputs.putIfAbsent(Path.of(e.origin()), "a scenario file open in the window");
      }
    }
    return inputs;
  }

  private static OutputFiles protecting(Map<Path, String> inputs) {
    OutputFiles files = new OutputFiles();
    inputs.forEach(files::protect);
    return files;
  }

  private synchronized void finish(Alert done) {
    saving--;
    alert(done);
    publish();
  }

  /** The charts that can be drawn for {@code results}: each scenario's, and the comparisons for two or more. */
  private static SaveCharts.Options chartOptions(List<ScenarioResult> results, Set<SaveCharts.Format> formats) {
    Set<ChartKind> kinds = EnumSet.noneOf(ChartKind.class);
    for (ChartKind k : ChartKind.values()) {
      if (k.comparesScenarios() ? results.size() >= 2 : results.stream().anyMatch(r -> k.unavailable(r).isEmpty())) {
        kinds.add(k);
      }
    }
    SaveCharts.Options d = SaveCharts.Options.defaults(results.size());
    return new SaveCharts.Options(kinds, formats, d.width(), d.height(), d.scale());
  }

  private static Path withExtension(Path file, String extension, java.util.function.Predicate<String> has) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    return has.test(name) ? file : file.resolveSibling(name + extension);
  }

  // ---------------------------------------------------------------- running

  /** A new run after the pause; any run asked for before is dropped. Called holding the lock. */
  private void changed() {
    generation++;
    if (pending != null) {
      pending.cancel(false);
    }
    long gen = generation;
    pending = worker.schedule(() -> run(gen), debounce.toMillis(), TimeUnit.MILLISECONDS);
    publish();
  }

  private void run(long gen) {
    Inputs in;
    synchronized (this) {
      if (gen != generation) {
        return;
      }
      in = inputs();
    }
    try {
      compute(gen, in);
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        if (gen == generation) {
          shownGeneration = gen;
          error = "internal error: " + e;
          publish();
        }
      }
    }
  }

  private void compute(long gen, Inputs in) {
    Portfolio portfolio = portfolio(gen, in.portfolio());
    if (portfolio == null) {
      return;
    }
    // the selected scenario's table is checked even when it is not ticked: the person is editing it
    String problem = "";
    if (in.selected() != null && in.edits().containsKey(in.selected().key())) {
      try {
        table(in.selected(), in.edits().get(in.selected().key()));
      } catch (InputException e) {
        problem = e.getMessage();
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (Entry e : in.ticked()) {
      List<String[]> rows = in.edits().get(e.key());
      if (rows == null) {
        scenarios.add(e.scenario());
        continue;
      }
      try {
        scenarios.add(table(e, rows));
      } catch (InputException ex) {
        if (problem.isEmpty()) {
          problem = e.scenario().name() + ": " + ex.getMessage();
        }
      }
    }
    if (!problem.isEmpty()) {
      settle(gen, null, problem, "");
      return;
    }
    if (scenarios.isEmpty()) {
      settle(gen, Output.NONE, "", "Tick a scenario to see what it does to the portfolio.");
      return;
    }
    List<ScenarioResult> results;
    try {
      boolean curve = portfolio.holdings().size() <= CURVE_HOLDINGS;
      results = engine.run(portfolio, scenarios, new RunScenarios.Settings(Optional.empty(), Map.of(), in.severity(),
          modelling(in, curve)));
    } catch (InputException e) {
      settle(gen, null, "", e.getMessage());
      return;
    }
    synchronized (this) {
      if (gen != generation) {
        return; // overtaken: a newer run is waiting
      }
    }
    int shown = 0;
    for (int i = 0; i < in.ticked().size(); i++) {
      if (in.selected() != null && in.ticked().get(i).key().equals(in.selected().key())) {
        shown = i;
      }
    }
    Output out = output(results, shown);
    if (portfolio.holdings().size() > CURVE_HOLDINGS) {
      List<String> notes = new ArrayList<>(out.notes());
      notes.add(String.format(Locale.ROOT, "severity curve: left out for a portfolio of more than %,d holdings, since"
          + " each of its points is a full run; 'shockfolio run --charts severity' draws it", CURVE_HOLDINGS));
      out = new Output(out.results(), out.shown(), out.holdings(), out.totals(), out.charts(), List.copyOf(notes));
    }
    settle(gen, out, "", "");
  }

  /** The portfolio of the inputs, read when it changed; null when there is none to run on. */
  private Portfolio portfolio(long gen, Optional<Path> path) {
    synchronized (this) {
      if (loaded != null && loadedPath.equals(path)) {
        return loaded;
      }
    }
    Portfolio p;
    try {
      p = engine.portfolio(path);
    } catch (InputException | java.io.UncheckedIOException e) {
      String message = e instanceof InputException ? e.getMessage()
          : path.map(Path::toString).orElse("portfolio") + ": cannot read the file (" + e.getCause() + ")";
      synchronized (this) {
        alert(new Alert("Cannot open the portfolio", message, true));
        if (portfolioPath.equals(path)) {
          portfolioPath = loadedPath; // the last portfolio that could be read stays
        }
        if (loaded != null) {
          return loaded;
        }
        if (gen == generation) {
          shownGeneration = gen;
          error = "No portfolio: open one with File > Open.";
          publish();
        }
        return null;
      }
    }
    synchronized (this) {
      loaded = p;
      loadedPath = path;
    }
    path.ifPresent(recent::add);
    return p;
  }

  /** Shows the outcome of run {@code gen} unless a newer one was asked for; a null output keeps the last. */
  private synchronized void settle(long gen, Output out, String problem, String failure) {
    if (gen != generation) {
      return;
    }
    if (out != null) {
      output = out;
    }
    tableProblem = problem;
    error = failure;
    shownGeneration = gen;
    publish();
  }

  private Output output(List<ScenarioResult> results, int shownIndex) {
    ScenarioResult r = results.get(shownIndex);
    List<HoldingRow> rows = new ArrayList<>(r.impacts().size());
    for (HoldingImpact i : r.impacts()) {
      rows.add(new HoldingRow(i.holding().label(), i.valueBefore(), i.totalMove(), i.isMatched(),
          i.matchedBy().label(), i.method().label(), i.pnl(), i.explain()));
    }
    List<String> notes = new ArrayList<>(r.warnings());
    List<Chart> charts = new ArrayList<>();
    Set<ChartKind> single = EnumSet.noneOf(ChartKind.class);
    Set<ChartKind> compare = EnumSet.noneOf(ChartKind.class);
    for (ChartKind k : ChartKind.values()) {
      (k.comparesScenarios() ? compare : single).add(k);
    }
    // a chart the run cannot draw gets a note in the window's words; the severity curve of a large
    // portfolio is noted by the caller
    for (ChartKind k : List.copyOf(single)) {
      Optional<String> why = k.unavailable(r);
      if (why.isPresent()) {
        single.remove(k);
        if (k != ChartKind.SEVERITY) {
          notes.add(k.caption() + ": no chart; it " + why.get().replace("--history", "a price history (Model, History)")
              .replace("--asof", "an as-of date"));
        }
      }
    }
    for (SaveCharts.Drawn d : SaveCharts.draw(List.of(r), single, locale, notes)) {
      charts.add(new Chart(d.kind(), tab(d.kind()), d.chart()));
    }
    if (results.size() >= 2) {
      for (SaveCharts.Drawn d : SaveCharts.draw(results, compare, locale, notes)) {
        charts.add(new Chart(d.kind(), tab(d.kind()), d.chart()));
      }
    }
    Totals t = new Totals(r.valueBefore(), r.valueAfter(), r.pnl(), r.pnlPct(), r.baseCurrency());
    return new Output(List.copyOf(results), r.scenario().name(), List.copyOf(rows), Optional.of(t),
        List.copyOf(charts), List.copyOf(notes));
  }

  /** The short name of a chart, for its tab. */
  static String tab(ChartKind kind) {
    return switch (kind) {
      case PNL_BY_HOLDING -> "P&L by holding";
      case WATERFALL -> "Waterfall";
      case BY_SECTOR -> "By sector";
      case BY_CURRENCY -> "By currency";
      case BY_COUNTRY -> "By country";
      case ALLOCATION -> "Allocation";
      case SEVERITY -> "Severity curve";
      case DISTRIBUTION -> "Distribution";
      case REPORTED_VS_ACTUAL -> "Reported vs actual";
      case COMPARISON -> "Comparison";
      case HEATMAP -> "Heat map";
    };
  }

  /** The model settings of the inputs, the rest as the command line's defaults, with the severity curve if asked. */
  private static Modelling modelling(Inputs in, boolean curve) {
    Optional<LocalDate> date = Optional.empty();
    if (!in.asOf().isEmpty()) {
      try {
        date = Optional.of(LocalDate.parse(in.asOf()));
      } catch (DateTimeParseException e) {
        throw InputException.ofUsage("as-of date: found '" + in.asOf()
            + "', expected a date such as 2025-01-24 (YYYY-MM-DD), or nothing for the last trading day before the event");
      }
    }
    Modelling d = Modelling.defaults();
    return new Modelling(in.model().equals(DEFAULT_MODEL) ? Optional.empty() : Optional.of(in.model()),
        in.history().map(List::of).orElse(List.of()), date, d.window(), d.shrinkage(), d.dateFormat(), d.paths(),
        d.seed(), d.studentT(), d.targetLoss(), d.flagAbove(), curve);
  }

  private static Scenario table(Entry e, List<String[]> rows) {
    Scenario s = e.scenario();
    return ScenarioCatalog.fromTable(s.name(), s.date(), s.description(), rows);
  }

  // ---------------------------------------------------------------- state

  private Inputs inputs() {
    Map<String, List<String[]>> e = new LinkedHashMap<>();
    edits.forEach((k, v) -> e.put(k, copy(v)));
    List<Entry> t = entries.stream().filter(x -> ticked.contains(x.key())).toList();
    return new Inputs(portfolioPath, t, entry(selected).orElse(null), e, severity, model, history, asOf);
  }

  private Optional<Entry> entry(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** Sends the state to the view. Called holding the lock, so that states arrive in the order they were made. */
  private void publish() {
    ViewState s = state();
    publisher.execute(() -> view.show(s));
  }

  private void alert(Alert a) {
    publisher.execute(() -> view.alert(a));
  }

  /** The state as it is now. */
  public synchronized ViewState state() {
    List<ScenarioItem> items = entries.stream().map(e -> new ScenarioItem(e.key(), e.scenario().name(),
        e.scenario().description(), e.origin(), ticked.contains(e.key()), edits.containsKey(e.key()))).toList();
    Editor editor = entry(selected).map(e -> new Editor(e.key(), e.scenario().name() + " (" + e.scenario().date() + ")",
            copy(edits.containsKey(e.key()) ? edits.get(e.key()) : ScenarioCatalog.rows(e.scenario())), editorVersion))
        .orElse(new Editor("", "", List.of(), editorVersion));
    String name = loaded == null ? "" : loaded.name();
    String source = loaded == null ? "" : loadedPath.map(Path::toString).orElse("bundled sample portfolio");
    return new ViewState(name, source, items, selected, editor, severity, model, history, asOf, output.shown(),
        output.holdings(), output.totals(), output.totals().map(this::totalsText).orElse(""), output.charts(),
        output.notes(), tableProblem, error, shownGeneration != generation || saving > 0, recent.list(),
        output.results());
  }

  /** {@code Value before 95,926.06 EUR   Value after 91,514.75 EUR   Loss -4,411.31 EUR (-4.60%)}. */
  String totalsText(Totals t) {
    String c = " " + t.currency();
    String word = t.pnl() < 0 ? "Loss " : t.pnl() > 0 ? "Gain " : "P&L ";
    return "Value before " + amount(t.valueBefore()) + c + "    Value after " + amount(t.valueAfter()) + c
        + "    " + word + (t.pnl() > 0 ? "+" : "") + amount(t.pnl()) + c + " ("
        + (t.pnl() > 0 ? "+" : "") + String.format(locale, "%.2f%%", t.pnlPct() * 100) + ")";
  }

  /** An amount with the locale's grouping and two decimals: {@code -4,411.31}. */
  String amount(double value) {
    return String.format(locale, "%,.2f", value);
  }

  /** The severity as the slider shows it: {@code ×1.00}. */
  public static String severityText(double factor) {
    return String.format(Locale.ROOT, "\u00d7%.2f", factor);
  }

  private static List<String[]> copy(List<String[]> rows) {
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      out.add(normal(r));
    }
    return out;
  }

  /** A row of five cells, none null. */
  private static String[] normal(String[] row) {
    String[] c = Arrays.copyOf(row, 5);
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] == null ? "" : c[i];
    }
    return c;
  }

  private static boolean same(List<String[]> a, List<String[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!Arrays.equals(normal(a.get(i)), normal(b.get(i)))) {
        return false;
      }
    }
    return true;
  }
}
