package io.shockfolio.app;

import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.chart.PnlByHoldingChart;
import io.shockfolio.chart.SectorValueChart;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.InputProblem;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.AtomicFiles;
import io.shockfolio.io.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;

/**
 * Saves a result's charts: P&amp;L by holding, and value before and after by sector. File names
 * are slugs of the portfolio and scenario names ({@code sample-portfolio--deepseek-2025-01-27--pnl-by-holding.png});
 * every file is written whole through a temporary file.
 */
public final class SaveCharts {

  /** The image formats charts can be saved in. */
  public enum Format {
    PNG, SVG
  }

  private record Kind(String slug, BiFunction<ScenarioResult, Locale, JFreeChart> build) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("pnl-by-holding", PnlByHoldingChart::create),
      new Kind("value-by-sector", SectorValueChart::create));

  private final Path folder;
  private final Set<Format> formats;
  private final Locale locale;
  private final Set<String> stems = new java.util.HashSet<>();

  public SaveCharts(Path folder, Set<Format> formats, Locale locale) {
    this.folder = folder;
    this.formats = formats.isEmpty() ? Set.of() : EnumSet.copyOf(formats);
    this.locale = locale;
  }

  /** Writes every chart of the result in every format and returns the files written. */
  public List<Path> save(ScenarioResult result) {
    List<Path> written = new ArrayList<>();
    if (formats.isEmpty()) {
      return written;
    }
    String base = FileNames.slug(result.portfolio().name()) + "--" + FileNames.slug(result.scenario().name())
        + (result.scenario().severity() != 1.0 ? "--x" + FileNames.slug(String.valueOf(result.scenario().severity())) : "");
    // two scenarios of one name in one run must not overwrite each other's charts
    String stem = base;
    for (int n = 2; !stems.add(stem); n++) {
      stem = base + "-" + n;
    }
    for (Kind kind : KINDS) {
      JFreeChart chart = kind.build().apply(result, locale);
      try {
        if (formats.contains(Format.PNG)) {
          Path png = folder.resolve(stem + "--" + kind.slug() + ".png");
          AtomicFiles.write(png, ChartRenderer.png(chart));
          written.add(png);
        }
        if (formats.contains(Format.SVG)) {
          Path svg = folder.resolve(stem + "--" + kind.slug() + ".svg");
          AtomicFiles.write(svg, ChartRenderer.svg(chart).getBytes(StandardCharsets.UTF_8));
          written.add(svg);
        }
      } catch (IOException e) {
        throw new InputException(InputProblem.ofFile(folder.toString(),
            "cannot write charts there (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); expected a folder you can write to, set with --out"), e);
      }
    }
    return written;
  }
}
