package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.io.FileNames;
import io.shockfolio.model.FxRates;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.SectorModel;
import io.shockfolio.model.ShockEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every portfolio against every scenario: the matrix of a stress test over many files.
 *
 * <p>Scenarios are loaded first, once each, and indexed once for every portfolio (the shock index
 * and the sector model's scenario part, shared read-only by the threads). Then each portfolio file
 * is read once, on one of {@link Request#threads} threads, its holdings matched against the
 * reference list and valued once, and run against every scenario as {@code run} runs it without
 * price history (model {@code none} or {@code sector}); a pair builds no warnings and keeps only
 * what the matrix reports, its totals and its worst holding. A file that cannot be used (a bad
 * cell, an unknown scenario name, holdings in several currencies without {@code --base}) is a
 * {@link Failure} with its one-line messages and is skipped; it never stops the others. The result
 * lists portfolios and scenarios in input order, whatever the number of threads, so the files
 * written from it are the same byte for byte.
 */
public final class RunBatch {

  /** The models a batch can use: it reads no price history. */
  public static final List<String> MODELS = List.of("none", "sector");

  /** The most threads {@code --threads} accepts. */
  public static final int MAX_THREADS = 256;

  /**
   * What to run.
   *
   * @param portfolios portfolio files, or folders whose {@code *.csv} files (sorted by name) are portfolios
   * @param scenarios bundled scenario names, scenario files, or folders of {@code *.csv} scenario files
   * @param baseCurrency the currency of every portfolio's totals, or empty for each portfolio's own
   * @param fxRates exchange rates given by the user, keyed {@code USD/EUR}
   * @param model {@code none} or {@code sector}
   * @param threads how many portfolios are run at once, from 1 to {@value #MAX_THREADS}
   */
  public record Request(List<Path> portfolios, List<String> scenarios, Optional<String> baseCurrency,
      Map<String, Double> fxRates, String model, int threads) {

    public Request {
      portfolios = List.copyOf(portfolios);
      scenarios = List.copyOf(scenarios);
      Objects.requireNonNull(baseCurrency, "baseCurrency");
      fxRates = Map.copyOf(fxRates);
      Objects.requireNonNull(model, "model");
      if (!MODELS.contains(model)) {
        throw InputException.ofUsage("--model: found '" + model + "', expected none or sector (a batch reads no"
            + " price history)");
      }
      if (threads < 1 || threads > MAX_THREADS) {
        throw InputException.ofUsage("--threads: found " + threads + ", expected from 1 to " + MAX_THREADS);
      }
    }
  }

  /** Told how far the batch is; {@link #advance} is called from the worker threads. */
  public interface Progress {

    /** The batch is about to run {@code pairs} portfolio–scenario pairs. */
    void start(long pairs);

    /** {@code pairs} more pairs are done (or skipped with their portfolio). */
    void advance(long pairs);

    /** Every pair is done. */
    void finish();

    /** Tells nobody. */
    static Progress none() {
      return new Progress() {
        @Override
        public void start(long pairs) {}

        @Override
        public void advance(long pairs) {}

        @Override
        public void finish() {}
      };
    }
  }

  /**
   * An input that could not be used, and why.
   *
   * @param kind a portfolio or a scenario
   * @param input the file, folder or name as given
   * @param problems one line each, naming file, line and column where known
   * @param internal whether a bug, not the input, is to blame
   */
  public record Failure(Kind kind, String input, List<String> problems, boolean internal) {

    /** What kind of input failed. */
    public enum Kind {
      PORTFOLIO, SCENARIO;

      public String label() {
        return name().toLowerCase(Locale.ROOT);
      }
    }

    public Failure {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(input, "input");
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("A failure needs at least one problem");
      }
    }
  }

  /**
   * One cell of the matrix: one portfolio under one scenario. Money is in {@code baseCurrency},
   * rounded to the cent.
   *
   * @param portfolio the portfolio's name (its file name without extension)
   * @param file the portfolio file as found
   * @param scenario the scenario's name
   * @param baseCurrency the currency of the amounts
   * @param valueBefore the portfolio's value before the scenario
   * @param pnl the portfolio's P&amp;L under the scenario
   * @param pnlPct the P&amp;L as a fraction of the absolute value before ({@code -0.05} is -5%)
   * @param worstHolding the label of the holding with the largest loss; empty when no holding lost
   * @param worstHoldingPnl that holding's P&amp;L; 0 when no holding lost
   */
  public record Row(String portfolio, String file, String scenario, String baseCurrency, double valueBefore,
      double pnl, double pnlPct, String worstHolding, double worstHoldingPnl) {}

  /** What one portfolio file gave: its results against each scenario, or nothing when it failed. */
  static final class Outcome {
    final String file;
    final String name;
    final int scenarios;
    String baseCurrency = "";
    double valueBefore;
    final boolean[] ran;
    final double[] pnl;
    final double[] pnlPct;
    final String[] worst;
    final double[] worstPnl;
    Failure failure;

    Outcome(String file, String name, int scenarios) {
      this.file = file;
      this.name = name;
      this.scenarios = scenarios;
      this.ran = new boolean[scenarios];
      this.pnl = new double[scenarios];
      this.pnlPct = new double[scenarios];
      this.worst = new String[scenarios];
      this.worstPnl = new double[scenarios];
    }

    boolean ranAny() {
      for (boolean r : ran) {
        if (r) {
          return true;
        }
      }
      return false;
    }

    Row row(int s, List<Scenario> names) {
      return new Row(name, file, names.get(s).name(), baseCurrency, valueBefore, pnl[s], pnlPct[s], worst[s],
          worstPnl[s]);
    }
  }

  /** What a batch gave: the matrix, in input order, and the inputs that could not be used. */
  public static final class Result {
    private final List<Scenario> scenarios;
    private final List<Outcome> outcomes;
    private final List<Failure> failures;
    private final String model;
    private final int files;

    Result(List<Scenario> scenarios, List<Outcome> outcomes, List<Failure> failures, String model, int files) {
      this.scenarios = List.copyOf(scenarios);
      this.outcomes = List.copyOf(outcomes);
      this.failures = List.copyOf(failures);
      this.model = model;
      this.files = files;
    }

    /** The scenarios that loaded, in input order: the matrix's columns. */
    public List<Scenario> scenarios() {
      return scenarios;
    }

    /** The model the holdings the news did not name were moved by. */
    public String model() {
      return model;
    }

    /** Inputs that could not be used: scenarios first, then portfolios, each in input order. */
    public List<Failure> failures() {
      return failures;
    }

    /** The portfolio files found, whether or not they could be read. */
    public int portfolioFiles() {
      return files;
    }

    /** The portfolios that ran against at least one scenario, in input order. */
    public List<String> portfolios() {
      return outcomes.stream().filter(Outcome::ranAny).map(o -> o.name).toList();
    }

    /** The number of rows of the matrix: the pairs that ran. */
    public long pairs() {
      long n = 0;
      for (Outcome o : outcomes) {
        for (boolean r : o.ran) {
          n += r ? 1 : 0;
        }
      }
      return n;
    }

    /** Whether some input could not be used. */
    public boolean hasBadInput() {
      return !failures.isEmpty();
    }

    /** Whether some failure was a bug rather than bad input. */
    public boolean hasInternalError() {
      return failures.stream().anyMatch(Failure::internal);
    }

    /** Each row of the matrix, portfolio by portfolio in input order, each in scenario order. */
    public void forEachRow(Consumer<Row> action) {
      forEachIndexedRow((row, s) -> action.accept(row));
    }

    /** As {@link #forEachRow}, with each row's scenario as an index into {@link #scenarios()}. */
    void forEachIndexedRow(java.util.function.ObjIntConsumer<Row> action) {
      for (Outcome o : outcomes) {
        for (int s = 0; s < o.scenarios; s++) {
          if (o.ran[s]) {
            action.accept(o.row(s, scenarios), s);
          }
        }
      }
    }

    /** Every portfolio file's outcome, in input order, failed ones included: for writers of a million rows. */
    List<Outcome> outcomes() {
      return outcomes;
    }

    /** The rows of the matrix, as {@link #forEachRow}; for a small batch. */
    public List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      forEachRow(rows::add);
      return rows;
    }

    /**
     * The P&amp;L in % of the value before of every portfolio that ran (rows, input order) under
     * every scenario (columns); {@code NaN} where the pair did not run.
     */
    double[][] pnlPctMatrix() {
      return outcomes.stream().filter(Outcome::ranAny).map(o -> {
        double[] row = new double[o.scenarios];
        for (int s = 0; s < o.scenarios; s++) {
          row[s] = o.ran[s] ? o.pnlPct[s] : Double.NaN;
        }
        return row;
      }).toArray(double[][]::new);
    }
  }

  private final RunScenarios reader = new RunScenarios();
  private final InstrumentRegistry registry;
  private final ShockEngine engine;

  /** A batch with the bundled reference list. */
  public RunBatch() {
    this(ScenarioCatalog.REGISTRY);
  }

  RunBatch(InstrumentRegistry registry) {
    this.registry = registry;
    this.engine = new ShockEngine(registry);
  }

  /**
   * Runs the batch. Bad files are collected as failures; only a bad option stops it.
   *
   * @throws InputException for a bad option ({@code --base}, {@code --fx}), before anything runs
   */
  public Result run(Request request, Progress progress) {
    Objects.requireNonNull(progress, "progress");
    FxRates fx = checkOptions(request);
    List<Failure> failures = new ArrayList<>();
    List<Scenario> scenarios = loadScenarios(request.scenarios(), failures);
    List<Prepared> prepared = scenarios.stream().map(s -> prepare(s, request.model())).toList();
    List<Input> inputs = portfolioInputs(request.portfolios());
    int files = (int) inputs.stream().filter(i -> i.failure() == null).count();

    progress.start((long) files * scenarios.size());
    List<Outcome> outcomes = new ArrayList<>(inputs.size());
    ExecutorService pool = Executors.newFixedThreadPool(request.threads(), daemonThreads());
    try {
      List<Future<Outcome>> futures = new ArrayList<>(inputs.size());
      for (Input input : inputs) {
        if (input.failure() != null) {
          Outcome o = new Outcome(input.file().toString(), "", scenarios.size());
          o.failure = input.failure();
          futures.add(CompletableFuture.completedFuture(o));
          continue;
        }
        futures.add(pool.submit(() -> {
          Outcome o = runOne(input.file(), prepared, request.baseCurrency(), fx);
          progress.advance(scenarios.size());
          return o;
        }));
      }
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("The batch was interrupted", e);
    } catch (ExecutionException e) {
      // runOne catches everything a file can cause; anything else is a bug
      throw new IllegalStateException("A batch task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    for (Outcome o : outcomes) {
      if (o.failure != null) {
        failures.add(o.failure);
      }
    }
    return new Result(scenarios, outcomes, failures, request.model(), files);
  }

  /** The rates of {@code --fx}, once the options are known to be good. */
  private static FxRates checkOptions(Request request) {
    FxRates fx;
    try {
      fx = FxRates.of(request.fxRates());
    } catch (IllegalArgumentException e) {
      throw InputException.ofUsage("--fx: " + e.getMessage());
    }
    request.baseCurrency().map(c -> c.trim().toUpperCase(Locale.ROOT)).ifPresent(c -> {
      if (!c.matches("[A-Z]{3}")) {
        throw InputException.ofUsage("--base: found '" + c + "', expected a three-letter currency code such as EUR");
      }
    });
    return fx;
  }

  /** Worker threads that never keep the program alive, named for a thread dump. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "batch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * The scenarios, loaded once each, in the order given; a folder gives its {@code *.csv} files
   * sorted by name. A name or file that cannot be loaded is a failure.
   */
  static List<Scenario> loadScenarios(List<String> given, List<Failure> failures) {
    List<Scenario> scenarios = new ArrayList<>();
    for (String arg : given) {
      Path path = Path.of(arg);
      List<String> names;
      if (Files.isDirectory(path)) {
        try {
          names = ScenarioCatalog.inFolder(path).stream().map(Path::toString).toList();
        } catch (InputException e) {
          failures.add(failure(Failure.Kind.SCENARIO, arg, e));
          continue;
        }
        if (names.isEmpty()) {
          failures.add(new Failure(Failure.Kind.SCENARIO, arg,
              List.of(arg + ": no .csv files in this folder; expected scenario files"), false));
        }
      } else {
        names = List.of(arg);
      }
      for (String name : names) {
        try {
          scenarios.add(ScenarioCatalog.load(name));
        } catch (InputException e) {
          failures.add(failure(Failure.Kind.SCENARIO, name, e));
        } catch (RuntimeException e) {
          failures.add(internal(Failure.Kind.SCENARIO, name, e));
        }
      }
    }
    return scenarios;
  }

  /**
   * A portfolio file to run, or a path given for portfolios that gave none.
   *
   * @param file the file, or the path as given when it failed
   * @param failure why the path gave no file, or {@code null}
   */
  record Input(Path file, Failure failure) {}

  /**
   * The portfolio files, in the order given; a folder gives its {@code *.csv} files sorted by name.
   * A path that is neither, or a folder without one, is a failure in its place.
   */
  static List<Input> portfolioInputs(List<Path> given) {
    List<Input> inputs = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          List<Path> found = list
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
          if (found.isEmpty()) {
            inputs.add(failed(path, path + ": no .csv files in this folder; expected portfolio files"));
          }
          found.forEach(f -> inputs.add(new Input(f, null)));
        } catch (IOException | UncheckedIOException e) {
          inputs.add(failed(path, path + ": cannot list the folder (" + e.getClass().getSimpleName()
              + "); expected a folder of portfolio files"));
        }
      } else if (Files.isRegularFile(path)) {
        inputs.add(new Input(path, null));
      } else {
        inputs.add(failed(path, path + ": no such file or folder"));
      }
    }
    return inputs;
  }

  private static Input failed(Path path, String problem) {
    return new Input(path, new Failure(Failure.Kind.PORTFOLIO, path.toString(), List.of(problem), false));
  }

  /**
   * A scenario made ready once for every portfolio: its shocks indexed, and the part of the
   * sector model that depends on the scenario alone; or why it cannot be applied, which each
   * portfolio then reports as {@code run} would.
   *
   * @param scenario the indexed scenario, or null when {@code failure} says why not
   * @param sector the sector model's scenario part, or null for the model {@code none}
   * @param failure why the scenario cannot be applied (two targets naming one instrument), or null
   */
  private record Prepared(ShockEngine.PreparedScenario scenario, SectorModel.Prepared sector,
      InputException failure) {}

  private Prepared prepare(Scenario scenario, String model) {
    try {
      return new Prepared(engine.prepare(scenario),
          "none".equals(model) ? null : new SectorModel.Prepared(scenario, registry), null);
    } catch (InputException e) {
      return new Prepared(null, null, e);
    }
  }

  /**
   * Reads one portfolio and runs it against every scenario; whatever goes wrong is its failure.
   * The holdings are tied to the reference list once, not once per scenario, and a pair builds
   * no warnings: the matrix reports none.
   */
  private Outcome runOne(Path file, List<Prepared> scenarios, Optional<String> base, FxRates fx) {
    String shown = file.toString();
    Outcome o = new Outcome(shown, FileNames.stem(file.getFileName().toString()), scenarios.size());
    try {
      Portfolio portfolio = reader.portfolio(Optional.of(file), RunScenarios.Reading.defaults(), base);
      String currency = base.map(c -> c.trim().toUpperCase(Locale.ROOT))
          .orElseGet(() -> ShockEngine.defaultBaseCurrency(portfolio));
      ShockEngine.ResolvedPortfolio resolved = engine.resolve(portfolio, currency, fx);
      // a pair fails for the portfolio's sake (a missing rate), so its problems repeat: list each once
      Set<String> problems = new LinkedHashSet<>();
      for (int s = 0; s < scenarios.size(); s++) {
        Prepared scenario = scenarios.get(s);
        try {
          if (scenario.failure() != null) {
            throw scenario.failure();
          }
          record(o, s, currency, engine.totals(resolved, scenario.scenario(), scenario.sector()));
        } catch (InputException e) {
          e.problems().forEach(p -> problems.add(located(p, shown)));
        }
      }
      if (!problems.isEmpty()) {
        o.failure = new Failure(Failure.Kind.PORTFOLIO, shown, List.copyOf(problems), false);
      }
    } catch (InputException e) {
      o.failure = failure(Failure.Kind.PORTFOLIO, shown, e);
    } catch (RuntimeException e) {
      Arrays.fill(o.ran, false);
      o.failure = internal(Failure.Kind.PORTFOLIO, shown, e);
    }
    return o;
  }

  /**
   * Keeps what the matrix reports of a pair: its totals and worst holding, as {@code run} gives
   * them with the model {@code none} or {@code sector} (the totals of {@link ShockEngine#totals}
   * are those of {@link ShockEngine#apply}, whose result explains each holding's move).
   */
  private static void record(Outcome o, int s, String currency, ShockEngine.Totals t) {
    o.baseCurrency = currency;
    o.valueBefore = t.valueBefore();
    o.pnl[s] = t.pnl();
    o.pnlPct[s] = t.pnlPct();
    o.worst[s] = t.worstLabel();
    o.worstPnl[s] = Money.roundToCents(t.worstPnl());
    o.ran[s] = true;
  }

  private static Failure failure(Failure.Kind kind, String input, InputException e) {
    return new Failure(kind, input, e.problems().stream().map(p -> located(p, input)).toList(), false);
  }

  /** A problem's line, naming the input when the problem names no file (an unknown scenario name). */
  private static String located(InputProblem p, String input) {
    return p.file().isEmpty() && !p.message().startsWith(input + ":") ? input + ": " + p.message() : p.toString();
  }

  private static Failure internal(Failure.Kind kind, String input, RuntimeException e) {
    return new Failure(kind, input, List.of(input + ": internal error (" + e + "); please report it"), true);
  }
}
