package io.shockfolio.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one scenario does to one portfolio: every holding's impact, totals and breakdowns, all in
 * the base currency. Totals are sums of the holdings' cent-rounded amounts, so they add up.
 */
public final class ScenarioResult {

  /** The group name for holdings whose file and reference list give no sector or country. */
  public static final String NO_GROUP = "Unclassified";

  private final Portfolio portfolio;
  private final Scenario scenario;
  private final String baseCurrency;
  private final String model;
  private final Impacts impacts;
  private final Map<String, Double> fxRates;
  private final List<String> warnings;
  private final long beforeCents;
  private final long pnlCents;
  private final Analysis analysis;

  /**
   * @param portfolio the portfolio as read
   * @param scenario the scenario as applied (after any severity scaling)
   * @param baseCurrency the currency of every total
   * @param model the model that moved the holdings, e.g. {@code none}
   * @param impacts one per holding, in portfolio order
   * @param fxRates the exchange rates used, keyed {@code USD/EUR}: base units per foreign unit
   * @param warnings what the user should know about this run
   */
  public ScenarioResult(
      Portfolio portfolio,
      Scenario scenario,
      String baseCurrency,
      String model,
      List<HoldingImpact> impacts,
      Map<String, Double> fxRates,
      List<String> warnings) {
    this(portfolio, scenario, baseCurrency, model, impacts, fxRates, warnings, Analysis.none());
  }

  /** A result with what price history added: reported versus actual, the distribution, reverse stress. */
  public ScenarioResult(
      Portfolio portfolio,
      Scenario scenario,
      String baseCurrency,
      String model,
      List<HoldingImpact> impacts,
      Map<String, Double> fxRates,
      List<String> warnings,
      Analysis analysis) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.baseCurrency = Objects.requireNonNull(baseCurrency, "baseCurrency");
    this.model = Objects.requireNonNull(model, "model");
    this.impacts = Impacts.of(impacts);
    this.fxRates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fxRates));
    this.warnings = List.copyOf(warnings);
    long before = 0;
    long pnl = 0;
    for (int i = 0; i < this.impacts.size(); i++) {
      before += Money.toCents(this.impacts.valueBefore(i));
      pnl += Money.toCents(this.impacts.pnl(i));
    }
    this.beforeCents = before;
    this.pnlCents = pnl;
  }

  /** The same result with {@code more} analysis. */
  public ScenarioResult withAnalysis(Analysis more) {
    return new ScenarioResult(this, Objects.requireNonNull(more, "analysis"));
  }

  /** {@code r} with another analysis; its totals are not summed again. */
  private ScenarioResult(ScenarioResult r, Analysis analysis) {
    this.analysis = analysis;
    this.portfolio = r.portfolio;
    this.scenario = r.scenario;
    this.baseCurrency = r.baseCurrency;
    this.model = r.model;
    this.impacts = r.impacts;
    this.fxRates = r.fxRates;
    this.warnings = r.warnings;
    this.beforeCents = r.beforeCents;
    this.pnlCents = r.pnlCents;
  }

  public Analysis analysis() {
    return analysis;
  }

  public Portfolio portfolio() {
    return portfolio;
  }

  public Scenario scenario() {
    return scenario;
  }

  public String baseCurrency() {
    return baseCurrency;
  }

  public String model() {
    return model;
  }

  /** One impact per holding, in portfolio order; kept in columns, which loops over many holdings read. */
  public Impacts impacts() {
    return impacts;
  }

  public Map<String, Double> fxRates() {
    return fxRates;
  }

  public List<String> warnings() {
    return warnings;
  }

  public double valueBefore() {
    return Money.fromCents(beforeCents);
  }

  public double pnl() {
    return Money.fromCents(pnlCents);
  }

  public double valueAfter() {
    return Money.fromCents(beforeCents + pnlCents);
  }

  /**
   * The portfolio's P&amp;L as a fraction of the absolute value before, so a gain is positive even
   * for a net-short portfolio; 0 for a portfolio worth nothing.
   */
  public double pnlPct() {
    return beforeCents == 0 ? 0 : (double) pnlCents / Math.abs(beforeCents);
  }

  /** A holding's share of the portfolio's move: its P&amp;L over the absolute value before. */
  public double contribution(HoldingImpact impact) {
    return beforeCents == 0 ? 0 : impact.pnl() / Math.abs(valueBefore());
  }

  /** Holdings no shock reached (cash included), in portfolio order. */
  public List<HoldingImpact> unmatched() {
    List<HoldingImpact> out = new ArrayList<>();
    for (int i = 0; i < impacts.size(); i++) {
      if (!impacts.isMatched(i)) {
        out.add(impacts.get(i));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** Holdings sorted from the largest loss to the largest gain; ties keep portfolio order. */
  public List<HoldingImpact> byPnl() {
    List<HoldingImpact> sorted = new ArrayList<>(impacts);
    sorted.sort(Comparator.comparingDouble(HoldingImpact::pnl));
    return sorted;
  }

  public List<Breakdown> bySector() {
    return breakdownAt(i -> {
      if (impacts.isCash(i)) {
        return "Cash";
      }
      String s = impacts.sector(i);
      return s.isEmpty() ? NO_GROUP : s;
    });
  }

  public List<Breakdown> byCurrency() {
    return breakdownAt(impacts::currency);
  }

  public List<Breakdown> byCountry() {
    return breakdownAt(i -> {
      String c = impacts.country(i);
      return c.isEmpty() ? NO_GROUP : c;
    });
  }

  /** Groups holdings by {@code key}, largest value before first. */
  public List<Breakdown> breakdown(Function<HoldingImpact, String> key) {
    return breakdownAt(i -> key.apply(impacts.get(i)));
  }

  /** Groups holdings by a key of their position, largest value before first. */
  private List<Breakdown> breakdownAt(java.util.function.IntFunction<String> key) {
    Map<String, long[]> groups = new LinkedHashMap<>();
    String lastKey = null;
    long[] last = null;
    for (int i = 0; i < impacts.size(); i++) {
      String k = key.apply(i);
      // neighbours often share a group: the same key object needs no look-up
      long[] acc = k == lastKey ? last : groups.computeIfAbsent(k, x -> new long[3]);
      lastKey = k;
      last = acc;
      acc[0] += Money.toCents(impacts.valueBefore(i));
      acc[1] += Money.toCents(impacts.pnl(i));
      acc[2]++;
    }
    List<Breakdown> out = new ArrayList<>();
    groups.forEach((k, acc) ->
        out.add(new Breakdown(k, Money.fromCents(acc[0]), Money.fromCents(acc[1]), (int) acc[2])));
    out.sort(Comparator.comparingDouble(Breakdown::valueBefore).reversed());
    return out;
  }
}
