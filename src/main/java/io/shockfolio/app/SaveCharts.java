package io.shockfolio.app;

import io.shockfolio.chart.ChartKind;
import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.FileNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;

/**
 * Draws the charts asked for and saves them. File names are slugs of the portfolio and scenario
 * names and the chart's name ({@code sample-portfolio--deepseek-2025-01-27--waterfall.png}); charts
 * comparing scenarios are named after the portfolio alone ({@code sample-portfolio--heatmap.png}).
 * Every file is written whole through a temporary file, and none is put in place before all are
 * written ({@link OutputFiles}).
 */
public final class SaveCharts {

  /** The image formats charts can be saved in. */
  public enum Format {
    PNG, SVG
  }

  /**
   * Which charts, in which formats and size.
   *
   * @param kinds the charts to draw
   * @param formats the formats to save them in; empty to draw them for a report only
   * @param width the width the charts are laid out for
   * @param height the height
   * @param scale the factor PNGs are drawn at (2 for print); SVGs are not scaled
   */
  public record Options(Set<ChartKind> kinds, Set<Format> formats, int width, int height, double scale) {

    /** The largest side of a chart, in pixels after scaling: beyond it a PNG takes hundreds of megabytes. */
    public static final int MAX_PIXELS = 10_000;

    public Options {
      kinds = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
      formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
      // below 800×500 labels clip and ticks run together
      if (width < 800 || height < 500 || width > MAX_PIXELS || height > MAX_PIXELS) {
        throw InputException.ofUsage("--size: found " + width + "x" + height
            + ", expected a width from 800 and a height from 500 up to " + MAX_PIXELS + ", such as 1600x1000");
      }
      if (!(scale >= 0.5 && scale <= 4)) {
        throw InputException.ofUsage("--chart-scale: found " + scale + ", expected a factor from 0.5 to 4");
      }
      if (width * scale > MAX_PIXELS || height * scale > MAX_PIXELS) {
        throw InputException.ofUsage("--size " + width + "x" + height + " with --chart-scale " + scale
            + " gives a PNG over " + MAX_PIXELS + " pixels wide or high; expected a smaller size or scale");
      }
    }

    /** The default charts for {@code scenarios} scenarios, as PNG and SVG at 1200×800. */
    public static Options defaults(int scenarios) {
      return new Options(ChartKind.defaults(scenarios), EnumSet.allOf(Format.class), ChartRenderer.DEFAULT_WIDTH,
          ChartRenderer.DEFAULT_HEIGHT, 1.0);
    }
  }

  /**
   * One chart drawn.
   *
   * @param kind which chart
   * @param result the scenario it shows, or empty for a chart comparing all scenarios
   * @param stem the file name without extension
   * @param chart the chart
   */
  public record Drawn(ChartKind kind, Optional<ScenarioResult> result, String stem, JFreeChart chart) {}

  /**
   * What was drawn and written.
   *
   * @param charts every chart drawn, in the order of {@link ChartKind}, scenario by scenario
   * @param files the files written
   * @param notes charts that could not be drawn and why, one line each
   */
  public record Saved(List<Drawn> charts, List<Path> files, List<String> notes) {}

  private SaveCharts() {}

  /**
   * Draws the charts: those of one scenario for each result, then those comparing the results. A
   * chart that needs what a result lacks (a distribution without price history) is left out with a note.
   */
  public static List<Drawn> draw(List<ScenarioResult> results, Set<ChartKind> kinds, Locale locale,
      List<String> notes) {
    Objects.requireNonNull(locale, "locale");
    List<Drawn> drawn = new ArrayList<>();
    Set<String> stems = new HashSet<>();
    for (ScenarioResult r : results) {
      String base = FileNames.slug(r.portfolio().name()) + "--" + FileNames.slug(r.scenario().name())
          + (r.scenario().severity() != 1.0 ? "--x" + FileNames.slug(String.valueOf(r.scenario().severity())) : "");
      // two scenarios of one name in one run must not overwrite each other's charts
      String stem = base;
      for (int n = 2; !stems.add(stem); n++) {
        stem = base + "-" + n;
      }
      for (ChartKind kind : kinds) {
        if (kind.comparesScenarios()) {
          continue;
        }
        Optional<String> why = kind.unavailable(r);
        if (why.isPresent()) {
          notes.add(kind.slug() + " chart of " + r.scenario().name() + " not drawn: " + why.get());
          continue;
        }
        drawn.add(new Drawn(kind, Optional.of(r), stem + "--" + kind.slug(), kind.create(r, locale)));
      }
    }
    if (!results.isEmpty()) {
      String portfolio = FileNames.slug(results.get(0).portfolio().name());
      for (ChartKind kind : kinds) {
        if (!kind.comparesScenarios()) {
          continue;
        }
        if (results.size() < 2) {
          notes.add(kind.slug() + " chart not drawn: it compares scenarios; give two or more with --scenario");
          continue;
        }
        drawn.add(new Drawn(kind, Optional.empty(), portfolio + "--" + kind.slug(), kind.create(results, locale)));
      }
    }
    return drawn;
  }

  /**
   * Starts setting up the chart machinery (fonts, Java 2D, JFreeChart, the encoders) on a daemon
   * thread and returns at once, so a run that will save charts overlaps that cold start with
   * reading its inputs. A failure there is left for the real drawing to meet and report.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        ChartRenderer.warmUp();
      } catch (RuntimeException | LinkageError ignored) {
        // the charts drawn later fail the same way, with the run's own message
      }
    }, "chart-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Draws the charts of {@code results} and saves them in {@code folder}, whole or not at all; see
   * {@link #save(List, Path, Options, Locale, OutputFiles)}.
   */
  public static Saved save(List<ScenarioResult> results, Path folder, Options options, Locale locale) {
    try (OutputFiles files = new OutputFiles()) {
      Saved saved = save(results, folder, options, locale, files);
      files.commit();
      return saved;
    }
  }

  /**
   * Draws the charts of {@code results} and writes them for {@code folder} into {@code files},
   * which puts them in place when committed. The charts are rendered and written in parallel, one
   * task per chart (each chart's PNG and SVG in turn, since a chart is not drawn by two threads at
   * once); the files are listed in the order of {@link #draw}.
   *
   * @throws InputException when a chart would replace an input, or cannot be written
   */
  public static Saved save(List<ScenarioResult> results, Path folder, Options options, Locale locale,
      OutputFiles files) {
    List<String> notes = new ArrayList<>();
    List<Drawn> drawn = draw(results, options.kinds(), locale, notes);
    List<Path> written = new ArrayList<>();
    for (List<Path> paths : inParallel(drawn, d -> write(d, folder, options, files))) {
      written.addAll(paths);
    }
    return new Saved(drawn, written, notes);
  }

  /** {@code task} applied to each item on up to one thread per core, the results in the items' order. */
  static <T, R> List<R> inParallel(List<T> items, java.util.function.Function<T, R> task) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      return items.stream().map(task).toList();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "charts");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (java.util.concurrent.Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while saving charts", e);
    } catch (java.util.concurrent.ExecutionException e) {
      // the task's own exception (a folder that cannot be written is an InputException), unwrapped
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes one chart in the formats of {@code options} into {@code files}; returns the files written. */
  static List<Path> write(Drawn d, Path folder, Options options, OutputFiles files) {
    List<Path> written = new ArrayList<>();
    if (options.formats().contains(Format.PNG)) {
      Path png = folder.resolve(d.stem() + ".png");
      files.write(png, ChartRenderer.png(d.chart(), options.width(), options.height(), options.scale()));
      written.add(png);
    }
    if (options.formats().contains(Format.SVG)) {
      Path svg = folder.resolve(d.stem() + ".svg");
      files.write(svg, ChartRenderer.svg(d.chart(), options.width(), options.height())
          .getBytes(StandardCharsets.UTF_8));
      written.add(svg);
    }
    return written;
  }
}
