package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.Column;
import io.shockfolio.io.PortfolioReader;
import io.shockfolio.model.FxRates;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.ShockEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The main use case: load a portfolio (or the bundled sample), load one or more scenarios (or the
 * headline one), apply each, and return the results.
 */
public final class RunScenarios {

  /** Where the bundled sample portfolio lives in the jar. */
  public static final String SAMPLE = "/io/shockfolio/sample-portfolio.csv";

  /**
   * What to run.
   *
   * @param portfolio the portfolio file, or empty for the bundled sample
   * @param scenarios scenario names or files; empty for the headline scenario
   * @param baseCurrency the currency of totals, or empty to take the portfolio's own
   * @param fxRates exchange rates given by the user, keyed {@code USD/EUR}
   * @param severity the factor every move is scaled by
   * @param reading how to read the portfolio file
   * @param modelling how to estimate what the news did not name
   */
  public record Request(
      Optional<Path> portfolio,
      List<String> scenarios,
      Optional<String> baseCurrency,
      Map<String, Double> fxRates,
      double severity,
      Reading reading,
      Modelling modelling) {

    public Request {
      Objects.requireNonNull(portfolio, "portfolio");
      scenarios = List.copyOf(scenarios);
      Objects.requireNonNull(baseCurrency, "baseCurrency");
      fxRates = Map.copyOf(fxRates);
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(modelling, "modelling");
    }

    /** The sample portfolio against the headline scenario. */
    public static Request defaults() {
      return new Request(Optional.empty(), List.of(), Optional.empty(), Map.of(), 1.0, Reading.defaults(),
          Modelling.defaults());
    }
  }

  /**
   * How to read a portfolio file beyond what the reader guesses.
   *
   * @param columns header names by column key ({@code quantity → "Shares"}); keys as in {@code --columns}
   * @param total the portfolio's value, to turn weights into values; empty when not given
   * @param currency the currency of holdings whose file names none; empty when not given
   * @param skipBadRows whether rows that cannot be read are skipped and listed
   */
  public record Reading(Map<String, String> columns, Optional<Double> total, Optional<String> currency,
      boolean skipBadRows) {

    public Reading {
      columns = Map.copyOf(columns);
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(currency, "currency");
    }

    public static Reading defaults() {
      return new Reading(Map.of(), Optional.empty(), Optional.empty(), false);
    }

    /** The reader's options; the total is in {@code baseCurrency} when one is given. */
    PortfolioReader.Options options(Optional<String> baseCurrency) {
      Map<Column, String> cols = new EnumMap<>(Column.class);
      columns.forEach((key, header) -> cols.put(Column.ofKey(key).orElseThrow(() -> InputException.ofUsage(
          "--columns: found '" + key + "', expected one of " + String.join(", ",
              Arrays.stream(Column.values()).map(Column::key).toList()))), header));
      return new PortfolioReader.Options(cols, total.orElse(Double.NaN),
          currency.map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse(""), skipBadRows,
          baseCurrency.map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse(""));
    }
  }

  private final ShockEngine engine;
  private final InstrumentRegistry registry;
  private Modelling lastModelling;
  private Estimation lastEstimation;

  public RunScenarios() {
    this(ScenarioCatalog.REGISTRY);
  }

  public RunScenarios(InstrumentRegistry registry) {
    this.engine = new ShockEngine(registry);
    this.registry = registry;
  }

  /**
   * How to apply scenarios to a portfolio already read.
   *
   * @param baseCurrency the currency of totals, or empty to take the portfolio's own
   * @param fxRates exchange rates given by the user, keyed {@code USD/EUR}
   * @param severity the factor every move is scaled by
   * @param modelling how to estimate what the news did not name
   */
  public record Settings(Optional<String> baseCurrency, Map<String, Double> fxRates, double severity,
      Modelling modelling) {
    public Settings {
      Objects.requireNonNull(baseCurrency, "baseCurrency");
      fxRates = Map.copyOf(fxRates);
      Objects.requireNonNull(modelling, "modelling");
    }

    /** The portfolio's own currency, no rates, the moves as reported, the default model. */
    public static Settings defaults() {
      return new Settings(Optional.empty(), Map.of(), 1.0, Modelling.defaults());
    }
  }

  /**
   * Runs the request.
   *
   * @throws InputException for any bad file or option, with file, line and column
   */
  public List<ScenarioResult> run(Request request) {
    Portfolio portfolio = portfolio(request.portfolio(), request.reading(), request.baseCurrency());
    List<String> names = request.scenarios().isEmpty() ? List.of(ScenarioCatalog.HEADLINE) : request.scenarios();
    List<Scenario> scenarios = new ArrayList<>();
    for (String name : names) {
      scenarios.add(ScenarioCatalog.load(name));
    }
    return run(portfolio, scenarios,
        new Settings(request.baseCurrency(), request.fxRates(), request.severity(), request.modelling()));
  }

  /**
   * Reads a portfolio file, or the bundled sample when none is given.
   *
   * @param baseCurrency the currency a {@code --total} is in, when given
   * @throws InputException for a bad file, with file, line and column
   */
  public Portfolio portfolio(Optional<Path> path, Reading reading, Optional<String> baseCurrency) {
    return loadPortfolio(path, reading.options(baseCurrency));
  }

  /**
   * Applies each scenario, scaled by the settings' severity, to the portfolio. The price history is
   * read once and kept while the modelling settings stay the same, so a desktop view can re-run
   * after every edit.
   *
   * @throws InputException for a bad option or history file
   */
  public List<ScenarioResult> run(Portfolio portfolio, List<Scenario> scenarios, Settings settings) {
    FxRates fx;
    try {
      fx = FxRates.of(settings.fxRates());
    } catch (IllegalArgumentException e) {
      throw InputException.ofUsage("--fx: " + e.getMessage());
    }
    String base = settings.baseCurrency().map(String::trim).map(s -> s.toUpperCase(java.util.Locale.ROOT))
        .orElseGet(() -> ShockEngine.defaultBaseCurrency(portfolio));
    if (!base.matches("[A-Z]{3}")) {
      throw InputException.ofUsage("--base: found '" + base + "', expected a three-letter currency code such as EUR");
    }
    Estimation estimation = estimation(settings.modelling());
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario given : scenarios) {
      Scenario scenario = given;
      if (settings.severity() != 1.0) {
        try {
          scenario = scenario.scaled(settings.severity());
        } catch (IllegalArgumentException e) {
          throw InputException.ofUsage("--severity: " + e.getMessage());
        }
      }
      results.add(estimation.run(engine, portfolio, scenario, base, fx));
    }
    return results;
  }

  /** The estimation of these settings, the last one again when they are unchanged (its history is read). */
  private synchronized Estimation estimation(Modelling modelling) {
    if (lastEstimation == null || !modelling.equals(lastModelling)) {
      lastEstimation = new Estimation(modelling, registry);
      lastModelling = modelling;
    }
    return lastEstimation;
  }

  /** Reads a portfolio file, or the bundled sample when none is given. */
  static Portfolio loadPortfolio(Optional<Path> path, PortfolioReader.Options options) {
    if (path.isPresent()) {
      return PortfolioReader.read(path.get(), path.get().toString(), options);
    }
    try (InputStream in = RunScenarios.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled sample portfolio " + SAMPLE + " is missing from the build");
      }
      return PortfolioReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "sample-portfolio.csv (bundled)", "sample-portfolio", options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
