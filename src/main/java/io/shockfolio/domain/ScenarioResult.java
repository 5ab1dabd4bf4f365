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
  private final List<HoldingImpact> impacts;
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
    this.impacts = List.copyOf(impacts);
    this.fxRates = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fxRates));
    this.warnings = List.copyOf(warnings);
    long before = 0;
    long pnl = 0;
    for (HoldingImpact i : this.impacts) {
      before += Money.toCents(i.valueBefore());
      pnl += Money.toCents(i.pnl());
    }
    this.beforeCents = before;
    this.pnlCents = pnl;
  }

  /** The same result with {@code more} analysis. */
  public ScenarioResult withAnalysis(Analysis more) {
    return new ScenarioResult(portfolio, scenario, baseCurrency, model, impacts, fxRates, warnings, more);
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

  public List<HoldingImpact> impacts() {
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
    return impacts.stream().filter(i -> !i.isMatched()).toList();
  }

  /** Holdings sorted from the largest loss to the largest gain; ties keep portfolio order. */
  public List<HoldingImpact> byPnl() {
    List<HoldingImpact> sorted = new ArrayList<>(impacts);
    sorted.sort(Comparator.comparingDouble(HoldingImpact::pnl));
    return sorted;
  }

  public List<Breakdown> bySector() {
    return breakdown(i -> {
      Holding h = i.holding();
      if (h.cash()) {
        return "Cash";
      }
      String s = h.instrument().sector();
      return s.isEmpty() ? NO_GROUP : s;
    });
  }

  public List<Breakdown> byCurrency() {
    return breakdown(i -> i.holding().currency());
  }

  public List<Breakdown> byCountry() {
    return breakdown(i -> {
      String c = i.holding().instrument().country();
      return c.isEmpty() ? NO_GROUP : c;
    });
  }

  /** Groups holdings by {@code key}, largest value before first. */
  public List<Breakdown> breakdown(Function<HoldingImpact, String> key) {
    Map<String, long[]> groups = new LinkedHashMap<>();
    for (HoldingImpact i : impacts) {
      long[] acc = groups.computeIfAbsent(key.apply(i), k -> new long[3]);
      acc[0] += Money.toCents(i.valueBefore());
      acc[1] += Money.toCents(i.pnl());
      acc[2]++;
    }
    List<Breakdown> out = new ArrayList<>();
    groups.forEach((k, acc) ->
        out.add(new Breakdown(k, Money.fromCents(acc[0]), Money.fromCents(acc[1]), (int) acc[2])));
    out.sort(Comparator.comparingDouble(Breakdown::valueBefore).reversed());
    return out;
  }
}
