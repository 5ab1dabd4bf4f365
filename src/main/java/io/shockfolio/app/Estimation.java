package io.shockfolio.app;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.model.BetaModel;
import io.shockfolio.model.ConditionalModel;
import io.shockfolio.model.FxRates;
import io.shockfolio.model.InstrumentRegistry;
import io.shockfolio.model.Propagation;
import io.shockfolio.model.ReportedVersusActual;
import io.shockfolio.model.ReturnHistory;
import io.shockfolio.model.ReverseStress;
import io.shockfolio.model.ScenarioAnalysis;
import io.shockfolio.model.SectorModel;
import io.shockfolio.model.ShockEngine;
import io.shockfolio.model.Shrinkage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs one scenario with the chosen model: reads the price history once, picks the as-of date,
 * builds the propagation (conditional or beta, falling back to the sector average, then to the
 * scenario's {@code *} move) and adds the analysis a history allows.
 */
final class Estimation {

  private final Modelling settings;
  private final InstrumentRegistry registry;
  private final Shrinkage shrinkage;
  private PriceHistory history;

  Estimation(Modelling settings, InstrumentRegistry registry) {
    this.settings = settings;
    this.registry = registry;
    this.shrinkage = Modelling.shrinkage(settings.shrinkage());
    String model = settings.model().orElse("");
    if (!List.of("", "none", "sector", "beta", "conditional").contains(model)) {
      throw InputException.ofUsage("--model: found '" + model + "', expected none, sector, beta or conditional");
    }
    if ((model.equals("beta") || model.equals("conditional")) && settings.histories().isEmpty()) {
      throw InputException.ofUsage("--model " + model + " estimates from price history; give it with --history FILE");
    }
  }

  ScenarioResult run(ShockEngine engine, Portfolio portfolio, Scenario scenario, String base, FxRates fx) {
    if (settings.histories().isEmpty()) {
      String model = settings.model().orElse("sector");
      Function<Scenario, Propagation> propagation = s -> propagation(model, null, s, portfolio, null);
      ScenarioResult result = engine.apply(portfolio, scenario, base, fx, propagation.apply(scenario));
      List<String> notes = new ArrayList<>();
      if (settings.paths() > 0) {
        notes.add("--paths: the P&L distribution needs the conditional model, which needs --history; none computed");
      }
      Optional<Analysis.ReverseStress> reverse = settings.targetLoss().isEmpty() ? Optional.empty()
          : reverseStress(engine, portfolio, scenario, base, fx, propagation, result, null,
              settings.targetLoss().get(), notes);
      Analysis analysis = new Analysis(List.of(), Optional.empty(), Optional.empty(), reverse);
      return withNotes(result, notes, withCurve(analysis, engine, portfolio, scenario, base, fx, propagation, notes));
    }
    PriceHistory prices = history();
    LocalDate asOf = settings.asOf().orElseGet(() -> ReturnHistory.lastDateBefore(prices, scenario.date())
        .orElseThrow(() -> InputException.ofUsage("the price history has no date before the event, "
            + scenario.date() + "; expected history up to the day before, or give --asof")));
    ReturnHistory returns = ReturnHistory.of(prices, asOf, settings.window());
    List<String> notes = new ArrayList<>();
    long stale = java.time.temporal.ChronoUnit.DAYS.between(asOf, scenario.date());
    if (stale > 7) {
      notes.add("the price history ends on " + asOf + ", " + stale + " days before the event (" + scenario.date()
          + "); the estimates rest on that older market");
    }
    if (settings.studentT().isPresent() && settings.paths() == 0) {
      notes.add("--student-t shapes the Monte Carlo distribution; give --paths N to simulate");
    }
    if (!asOf.isBefore(scenario.date())) {
      notes.add("--asof " + asOf + " is not before the event (" + scenario.date() + "): the estimates use prices of"
          + " the event day or later, which the reported moves already reflect");
    }
    // the covariance is estimated once; scaled scenarios (reverse stress) only condition it anew
    String asked = settings.model().orElse("conditional");
    ConditionalModel built = asked.equals("conditional")
        ? ConditionalModel.forPortfolio(returns, scenario, registry, shrinkage, portfolio) : null;
    // by default, conditional when the history covers a reported name, else sector
    String model = settings.model().isEmpty() && built.reportedCount() == 0 ? "sector" : asked;
    ConditionalModel conditional = model.equals("conditional") ? built : null;
    Function<Scenario, Propagation> propagation = s -> propagation(model, returns, s, portfolio,
        conditional == null || s == scenario ? conditional : conditional.conditionedOn(s));
    ScenarioResult result = engine.apply(portfolio, scenario, base, fx, propagation.apply(scenario));

    List<String> unpriced = new ArrayList<>();
    List<Analysis.ReportedVersusActual> comparison =
        ReportedVersusActual.compare(scenario, prices, registry, settings.flagAbove(), unpriced);
    if (!comparison.isEmpty()) {
      // a history that ends before the event compares nothing, and needs no line per move to say so
      notes.addAll(unpriced);
    }
    Optional<Analysis.Risk> analytic = Optional.empty();
    Optional<ScenarioAnalysis.Simulated> simulated = Optional.empty();
    Optional<Analysis.ReverseStress> reverse = Optional.empty();
    if (conditional != null) {
      analytic = ScenarioAnalysis.analytic(result, conditional, registry);
      if (settings.paths() > 0) {
        simulated = ScenarioAnalysis.monteCarlo(result, conditional, registry, settings.paths(), settings.seed(),
            settings.studentT());
      }
    }
    if (settings.paths() > 0 && simulated.isEmpty()) {
      notes.add("--paths: no P&L distribution, since no holding was estimated by the conditional model (model "
          + model + ")");
    }
    if (settings.targetLoss().isPresent()) {
      reverse = reverseStress(engine, portfolio, scenario, base, fx, propagation, result, conditional,
          settings.targetLoss().get(), notes);
    }
    Analysis analysis = new Analysis(comparison, analytic, simulated.map(ScenarioAnalysis.Simulated::risk), reverse);
    if (simulated.isPresent()) {
      analysis = analysis.withSimulatedPnl(simulated.get().histogram());
    }
    return withNotes(result, notes, withCurve(analysis, engine, portfolio, scenario, base, fx, propagation, notes));
  }

  /** Points of the severity curve: the reported moves scaled by 0, 0.1, …, 2. */
  static final int CURVE_STEPS = 20;

  static final double CURVE_MAX = 2.0;

  /**
   * The analysis with the severity curve, when asked for: the P&amp;L with the reported moves scaled
   * from 0 to {@value #CURVE_MAX}×, each point a full run of the model, so estimated holdings follow.
   * Scales at which a move would fall to -100% or below are left out, with a note.
   */
  private Analysis withCurve(Analysis analysis, ShockEngine engine, Portfolio portfolio, Scenario scenario,
      String base, FxRates fx, Function<Scenario, Propagation> propagation, List<String> notes) {
    if (!settings.severityCurve()) {
      return analysis;
    }
    double severity = scenario.severity();
    if (severity == 0) {
      notes.add("severity curve: not drawn, since --severity 0 leaves no move to scale");
      return analysis;
    }
    double limit = maxScale(scenario) * severity;
    List<Analysis.SeverityPoint> curve = new ArrayList<>();
    for (int i = 0; i <= CURVE_STEPS; i++) {
      double k = CURVE_MAX * i / CURVE_STEPS;
      if (k > limit) {
        notes.add(String.format(Locale.ROOT, "severity curve: stops at ×%.2f, where a reported move would reach"
            + " -100%%", limit));
        break;
      }
      Scenario s = k == severity ? scenario : scenario.scaled(k / severity);
      ScenarioResult r = engine.apply(portfolio, s, base, fx, propagation.apply(s));
      curve.add(new Analysis.SeverityPoint(k, r.pnl(), r.pnlPct()));
    }
    return analysis.withSeverityCurve(curve);
  }

  private static ScenarioResult withNotes(ScenarioResult r, List<String> notes, Analysis analysis) {
    if (notes.isEmpty()) {
      return r.withAnalysis(analysis);
    }
    List<String> warnings = new ArrayList<>(r.warnings());
    warnings.addAll(notes);
    return new ScenarioResult(r.portfolio(), r.scenario(), r.baseCurrency(), r.model(), r.impacts(), r.fxRates(),
        warnings, analysis);
  }

  /** The reverse stress, or empty with a note when scaling the scenario cannot reach the target. */
  private Optional<Analysis.ReverseStress> reverseStress(ShockEngine engine, Portfolio portfolio, Scenario scenario,
      String base, FxRates fx, Function<Scenario, Propagation> propagation, ScenarioResult result,
      ConditionalModel conditional, double target, List<String> notes) {
    double before = Math.abs(result.valueBefore());
    Function<Scenario, Double> loss = s -> -engine.apply(portfolio, s, base, fx, propagation.apply(s)).pnl() / before;
    double scale;
    try {
      scale = ReverseStress.scaleForLoss(k -> loss.apply(scenario.scaled(k)), target, maxScale(scenario));
    } catch (IllegalArgumentException e) {
      double max = maxScale(scenario);
      double worst = loss.apply(scenario.scaled(max));
      notes.add(String.format(Locale.ROOT, "--target-loss %.1f%%: not reachable by scaling %s; at ×%.2f of the"
          + " reported moves (as far as every move stays above -100%%) the portfolio loses %.2f%%", target * 100,
          scenario.name(), max * scenario.severity(), worst * 100));
      return Optional.empty();
    }
    Optional<ScenarioAnalysis.Plausible> plausible = conditional == null ? Optional.empty()
        : ScenarioAnalysis.plausibleMoves(result, conditional, registry, target);
    double along = Double.NaN;
    if (plausible.isPresent()) {
      // the closed form assumes the P&L linear in the log moves; walk along its direction with full
      // re-runs until the loss really is the target
      ScenarioAnalysis.Plausible p = plausible.get();
      try {
        along = ReverseStress.scaleForLoss(t -> loss.apply(p.along(scenario, t)), target, 5.0);
      } catch (IllegalArgumentException unreachable) {
        along = Double.NaN;
      }
    }
    boolean found = !Double.isNaN(along);
    if (plausible.isPresent() && !found) {
      notes.add("--target-loss: no moves along the most plausible direction reach the target; only the scale is given");
    }
    return Optional.of(new Analysis.ReverseStress(target, scale * scenario.severity(),
        found ? plausible.get().moves(along) : List.of(),
        found ? plausible.get().mahalanobis() * along : Double.NaN));
  }

  /** The largest scale at which every move stays above -100%. */
  private static double maxScale(Scenario scenario) {
    double worst = scenario.shocks().stream().mapToDouble(s -> s.move()).min().orElse(0);
    return worst < 0 ? Math.min(ReverseStress.DEFAULT_MAX_SCALE, 0.999 / -worst) : ReverseStress.DEFAULT_MAX_SCALE;
  }

  /** The model's propagation for {@code scenario}; {@code conditional} is the conditional model, already built. */
  private Propagation propagation(String model, ReturnHistory returns, Scenario scenario, Portfolio portfolio,
      ConditionalModel conditional) {
    // the sector model looks at every holding for every shock: build it only where it is used
    return switch (model) {
      case "none" -> Propagation.none();
      case "sector" -> new SectorModel(scenario, registry, portfolio);
      case "beta" -> Propagation.fallback(BetaModel.of(returns, scenario, registry),
          new SectorModel(scenario, registry, portfolio));
      default -> Propagation.fallback(conditional, new SectorModel(scenario, registry, portfolio));
    };
  }

  private PriceHistory history() {
    if (history == null) {
      history = Histories.read(settings.histories(), settings.dateFormat());
    }
    return history;
  }
}
