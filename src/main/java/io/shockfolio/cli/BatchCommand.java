package io.shockfolio.cli;

import io.shockfolio.app.OutputFiles;
import io.shockfolio.app.RunBatch;
import io.shockfolio.app.SaveBatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shockfolio batch}: every portfolio against every scenario, as a matrix and a heat map. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Runs every portfolio against every scenario, in parallel. Writes to --out: " + SaveBatch.MATRIX_CSV
            + " and " + SaveBatch.MATRIX_JSON + " (one row per portfolio and scenario), " + SaveBatch.FAILURES
            + " and the heat map " + SaveBatch.CHART + ".png/.svg.",
        "A file that cannot be read is reported (file, line, column) and skipped; the others still run."},
    footer = {"", "Exit codes: 0 every input ran, 1 internal error, 2 some inputs were bad and skipped (the rest ran"
        + " and the files are written), or a bad option (nothing ran)."})
final class BatchCommand implements Callable<Integer> {

  /** What goes to standard output. */
  enum OutputFormat { table, csv, json }

  /** The models a batch can use; it reads no price history. */
  enum ModelChoice { none, sector }

  @Spec
  CommandSpec spec;

  @Option(names = "--portfolios", paramLabel = "DIR|FILE", arity = "1..*", required = true,
      description = "Portfolio files, or folders whose *.csv files (sorted by name) are portfolios.")
  List<Path> portfolios = new ArrayList<>();

  @Option(names = "--scenarios", paramLabel = "DIR|NAME|FILE", arity = "1..*", required = true,
      description = "Bundled scenario names (see 'shockfolio scenarios'), scenario files, or folders of *.csv"
          + " scenario files.")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "batch",
      description = "Folder for the matrix, the failures and the heat map. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--base", paramLabel = "CUR",
      description = "Currency of every portfolio's totals, e.g. EUR. Default: each file's own base, or its one"
          + " currency.")
  String base;

  @Option(names = "--fx", paramLabel = "PAIR=RATE", split = ",",
      description = "Exchange rate, e.g. USD/EUR=0.96 (one USD is 0.96 EUR). Repeatable.")
  List<String> fx = new ArrayList<>();

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "sector",
      description = "How holdings the news did not name move: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ModelChoice model;

  @Option(names = "--threads", paramLabel = "N",
      description = "Portfolios run at once. Default: the number of processors.")
  Integer threads;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Standard output: ${COMPLETION-CANDIDATES} (table: a summary; csv, json: the matrix)."
          + " Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @picocli.CommandLine.Mixin
  LimitsOptions inputLimits = new LimitsOptions();

  @Override
  public Integer call() {
    inputLimits.apply();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > RunBatch.MAX_THREADS) {
      throw new ParameterException(spec.commandLine(),
          "--threads: found " + n + ", expected from 1 to " + RunBatch.MAX_THREADS);
    }
    if (base != null) {
      CommonOptions.checkCurrency(spec.commandLine(), "--base", base.trim().toUpperCase(Locale.ROOT));
    }
    CommonOptions.checkFolder(spec.commandLine(), "--out", out);
    RunBatch.Request request = new RunBatch.Request(portfolios, scenarios, Optional.ofNullable(base), CommonOptions.rates(spec.commandLine(), fx),
        model.name(), n);
    // the files the batch writes, none of which may replace a file it reads: refused before it runs
    try (OutputFiles files = protectingInputs()) {
      SaveBatch.targets(out).forEach(files::check);
      RunBatch.Result result;
      try (TerminalProgress progress = new TerminalProgress(System.console() != null)) {
        result = new RunBatch().run(request, progress);
      }
      Locale locale = Locale.getDefault(Locale.Category.FORMAT);
      SaveBatch.save(result, out, locale, files);
      return report(result, files.commit(), locale);
    }
  }

  /** Output files that refuse to replace a portfolio or a scenario file of this batch. */
  private OutputFiles protectingInputs() {
    OutputFiles files = new OutputFiles();
    for (Path p : portfolios) {
      files.protect(p, "a portfolio given with --portfolios");
    }
    for (String s : scenarios) {
      try {
        files.protect(Path.of(s), "a scenario file given with --scenarios");
      } catch (java.nio.file.InvalidPathException e) {
        // a name that is no path is a bundled scenario's, or no scenario at all: the batch says so
      }
    }
    return files;
  }

  /** Prints what ran and what was written; the exit code. */
  private int report(RunBatch.Result result, List<Path> written, Locale locale) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    switch (format) {
      case csv -> SaveBatch.csv(result, stdout);
      case json -> SaveBatch.json(result, stdout);
      default -> stdout.print(SaveBatch.table(result, locale));
    }
    PrintWriter where = format == OutputFormat.table ? stdout : stderr;
    if (format == OutputFormat.table) {
      where.println();
    }
    where.println("Saved:");
    for (Path p : written) {
      where.println("  " + p);
    }
    stdout.flush();
    for (String line : SaveBatch.failureLines(result)) {
      stderr.println("shockfolio: " + line);
    }
    if (result.hasBadInput()) {
      stderr.println("shockfolio: " + result.failures().size() + (result.failures().size() == 1 ? " input was"
          : " inputs were") + " skipped; the rest ran (" + result.pairs() + " pairs)");
    }
    stderr.flush();
    if (result.hasInternalError()) {
      return Main.INTERNAL_ERROR;
    }
    return result.hasBadInput() ? Main.BAD_INPUT : Main.OK;
  }

  /**
   * A progress bar on standard error, shown only on a terminal and only once the batch has run
   * for {@link #DELAY}: a short batch, or one whose output goes to a file or a pipe, prints none.
   */
  static final class TerminalProgress implements RunBatch.Progress, AutoCloseable {

    /** How long a batch runs before its bar appears. */
    static final Duration DELAY = Duration.ofSeconds(1);

    private final boolean terminal;
    private final java.util.function.LongSupplier clock;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile long started;
    private ProgressBar bar;

    TerminalProgress(boolean terminal) {
      this(terminal, System::nanoTime);
    }

    /** With {@code clock} giving nanoseconds, as {@link System#nanoTime()}. */
    TerminalProgress(boolean terminal, java.util.function.LongSupplier clock) {
      this.terminal = terminal;
      this.clock = clock;
    }

    @Override
    public void start(long pairs) {
      total = pairs;
      started = clock.getAsLong();
    }

    @Override
    public void advance(long pairs) {
      done.addAndGet(pairs);
      if (!terminal) {
        return;
      }
      long elapsed = clock.getAsLong() - started;
      if (elapsed < DELAY.toNanos()) {
        return;
      }
      synchronized (this) {
        if (bar == null) {
          bar = new ProgressBarBuilder().setTaskName("Batch").setInitialMax(total).setUnit(" pairs", 1)
              .setUpdateIntervalMillis(250).startsFrom(0, Duration.ofNanos(elapsed)).build();
        }
        bar.stepTo(done.get());
      }
    }

    @Override
    public synchronized void finish() {
      if (bar != null) {
        bar.stepTo(done.get());
      }
    }

    /** Whether a bar was drawn. */
    synchronized boolean shown() {
      return bar != null;
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

}
