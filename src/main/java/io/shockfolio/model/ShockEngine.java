package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Holdings;
import io.shockfolio.domain.Impacts;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Isin;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Percent;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a scenario to a portfolio with direct shocks only (the {@code none} model).
 *
 * <p>For each holding the price move is found in this order, the first that applies wins:
 * <ol>
 *   <li>a shock on the holding's ISIN;
 *   <li>a shock on the same instrument through the reference list (by ISIN, then ticker, then name);
 *   <li>a shock on the same ticker, venue suffixes aside, for tickers the list does not know;
 *   <li>a {@code sector:} shock on the holding's sector (from the file, else the reference list);
 *   <li>the scenario's {@code *} shock.
 * </ol>
 * Cash takes only shocks aimed at it by name or ISIN. A {@code currency:} shock then moves the
 * holding's value in the base currency, cash included. The portfolio is never changed.
 */
public final class ShockEngine {

  /** Portfolios of more holdings than this are named in notes by their first {@value #NAMED} holdings only. */
  static final int LARGE = 1_000;

  static final int NAMED = 30;

  private final InstrumentRegistry registry;
  /**
   * A number for each ticker root met by {@link #prepare} or {@link #resolve(Portfolio, String,
   * FxRates)}, so that a batch finds the shocks on a holding's root by array index rather than by
   * hashing its text once per pair. Grows with the distinct roots those two meet (a batch's tickers);
   * a single run ({@link #apply(Portfolio, Scenario, String, FxRates)}) numbers none.
   */
  private final Map<String, Integer> rootIds = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger nextRootId = new java.util.concurrent.atomic.AtomicInteger();

  public ShockEngine(InstrumentRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * The base currency to report in when the user names none: the currency of the file's own
   * second value column (DEGIRO's "Waarde in EUR"), else the one currency all holdings share.
   *
   * @throws InputException when the holdings mix currencies and the file names no base
   */
  public static String defaultBaseCurrency(Portfolio portfolio) {
    Set<String> fileBases = new LinkedHashSet<>();
    Holdings columns = portfolio.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (!Double.isNaN(columns.fileBaseValue(i))) {
        fileBases.add(columns.fileBaseCurrency(i));
      }
    }
    if (fileBases.size() == 1) {
      return fileBases.iterator().next();
    }
    List<String> currencies = portfolio.currencies();
    if (currencies.size() == 1) {
      return currencies.get(0);
    }
    if (currencies.isEmpty()) {
      return "EUR";
    }
    String other = currencies.get(1);
    throw InputException.ofUsage(portfolio.source() + ": the holdings are in " + String.join(", ", currencies)
        + "; choose the currency to report in with --base and give the rates, e.g. --base " + currencies.get(0)
        + " --fx " + other + "/" + currencies.get(0) + "=<rate>");
  }

  /**
   * Applies {@code scenario} to {@code portfolio}.
   *
   * @param baseCurrency the currency of the totals
   * @param explicitRates rates the user gave; they win over rates implied by the file
   * @throws InputException when a holding's currency cannot be converted to the base currency
   */
  public ScenarioResult apply(Portfolio portfolio, Scenario scenario, String baseCurrency, FxRates explicitRates) {
    return apply(portfolio, scenario, baseCurrency, explicitRates, Propagation.none());
  }

  /**
   * Applies {@code scenario} to {@code portfolio}, estimating unnamed holdings with {@code propagation}
   * (after direct shocks and {@code sector:} rules, before the scenario's {@code *} move).
   *
   * @throws InputException when a holding's currency cannot be converted to the base currency
   */
  public ScenarioResult apply(Portfolio portfolio, Scenario scenario, String baseCurrency, FxRates explicitRates,
      Propagation propagation) {
    return apply(portfolio, null, null, new ShockIndex(scenario), baseCurrency, explicitRates, propagation, true);
  }

  /**
   * A scenario's shocks indexed against the reference list once, to apply to many portfolios
   * (a batch): read-only, so threads may share it.
   */
  public static final class PreparedScenario {
    private final ShockEngine engine;
    private final ShockIndex index;

    private PreparedScenario(ShockEngine engine, ShockIndex index) {
      this.engine = engine;
      this.index = index;
    }

    public Scenario scenario() {
      return index.scenario;
    }
  }

  /**
   * A portfolio's holdings tied to the reference list (ticker parsed, instrument resolved, sector
   * filled in) and valued in the base currency once, to apply many scenarios to. Read-only once
   * made.
   */
  public static final class ResolvedPortfolio {
    private final ShockEngine engine;
    private final Portfolio portfolio;
    private final ResolvedHolding[] holdings;
    private final Valuation valuation;
    /** Each holding's ticker root's number ({@link ShockEngine#rootId}), or -1 without a ticker. */
    private final int[] rootIds;

    private ResolvedPortfolio(ShockEngine engine, Portfolio portfolio, String baseCurrency, FxRates explicitRates) {
      this.engine = engine;
      this.portfolio = portfolio;
      this.holdings = new ResolvedHolding[portfolio.holdings().size()];
      this.rootIds = new int[holdings.length];
      int n = 0;
      for (Holding h : portfolio.holdings()) {
        ResolvedHolding r = engine.resolve(h, portfolio.source());
        rootIds[n] = r.key().isPresent() ? engine.rootId(r.key().get().root()) : -1;
        holdings[n++] = r;
      }
      this.valuation = new Valuation(portfolio, holdings, baseCurrency, explicitRates);
    }

    public Portfolio portfolio() {
      return portfolio;
    }

    /** The sector model's view of the holdings, made when first needed; a portfolio is run by one thread. */
    private SectorModel.Holdings sectorView;

    SectorModel.Holdings sectorView() {
      if (sectorView == null) {
        sectorView = new SectorModel.Holdings(this);
      }
      return sectorView;
    }

    InstrumentRegistry registry() {
      return engine.registry;
    }

    /** The holdings in file order, each as the engine sees it against the reference list. */
    List<ResolvedHolding> holdings() {
      return java.util.Arrays.asList(holdings);
    }
  }

  /**
   * A holding as matched against the reference list.
   *
   * @param original the holding as read
   * @param holding the holding with the reference list's sector where the file gives none
   * @param key its ticker, parsed
   * @param resolution the reference instrument it is, if the list knows it
   * @param collision why its ticker was not taken for the list's instrument of that ticker, or null
   */
  record ResolvedHolding(Holding original, Holding holding, Optional<SymbolKey> key,
      Optional<InstrumentRegistry.Resolution> resolution, String collision) {}

  /**
   * What valuing a portfolio's holdings in the base currency gave, the same whatever the scenario.
   *
   * <p>{@code valueBefore} holds each holding's value, NaN where no rate converts it; {@code
   * usedRates} the rates that did; {@code missingRates} the pairs without one.
   */
  private static final class Valuation {
    final String baseCurrency;
    final FxRates explicitRates;
    final FxRates implied;
    final FxRates rates;
    final double[] valueBefore;
    final Map<String, Double> usedRates = new TreeMap<>();
    final Set<String> missingRates = new LinkedHashSet<>();

    /** Without values yet: {@link #value} makes each as the holdings are met. */
    Valuation(Portfolio portfolio, String baseCurrency, FxRates explicitRates) {
      this.baseCurrency = baseCurrency;
      this.explicitRates = explicitRates;
      this.implied = impliedRates(portfolio);
      this.rates = explicitRates.orElse(implied);
      this.valueBefore = null;
    }

    /** With every holding's value made here, in portfolio order. */
    Valuation(Portfolio portfolio, ResolvedHolding[] holdings, String baseCurrency, FxRates explicitRates) {
      this.baseCurrency = baseCurrency;
      this.explicitRates = explicitRates;
      this.implied = impliedRates(portfolio);
      this.rates = explicitRates.orElse(implied);
      this.valueBefore = new double[holdings.length];
      for (int i = 0; i < holdings.length; i++) {
        valueBefore[i] = value(holdings[i].holding());
      }
    }

    /**
     * The holding's value in the base currency, rounded to the cent: the file's own value in that
     * currency where it gives one, else its value converted; NaN when no rate converts it.
     */
    double value(Holding h) {
      String currency = h.currency();
      double value;
      if (h.hasFileBaseValue() && h.fileBaseCurrency().equals(baseCurrency)) {
        value = Money.roundToCents(h.fileBaseValue());
        if (!currency.equals(baseCurrency)) {
          implied.rate(currency, baseCurrency).ifPresent(r -> usedRates.put(currency + "/" + baseCurrency, r));
        }
      } else {
        OptionalDouble r = rates.rate(currency, baseCurrency);
        if (r.isEmpty()) {
          missingRates.add(currency + "/" + baseCurrency);
          return Double.NaN;
        }
        value = Money.times(h.value(), r.getAsDouble());
        if (!currency.equals(baseCurrency)) {
          usedRates.putIfAbsent(currency + "/" + baseCurrency, r.getAsDouble());
        }
      }
      return value;
    }

    /** The error of a portfolio with holdings no rate converts. */
    InputException missing(Portfolio portfolio) {
      String first = missingRates.iterator().next();
      return InputException.ofUsage(portfolio.source() + ": no exchange rate for " + String.join(", ", missingRates)
          + "; give one with --fx " + first + "=<rate> (units of " + baseCurrency + " per unit of "
          + first.substring(0, 3) + ")");
    }
  }

  /**
   * Indexes {@code scenario}'s shocks once, for {@link #apply(ResolvedPortfolio, PreparedScenario, Propagation,
   * boolean)}.
   *
   * @throws InputException when two targets name one instrument
   */
  public PreparedScenario prepare(Scenario scenario) {
    return new PreparedScenario(this, new ShockIndex(scenario, true));
  }

  /**
   * Ties {@code portfolio}'s holdings to the reference list and values them in {@code
   * baseCurrency} once, for applying many scenarios.
   *
   * @param explicitRates rates the user gave; they win over rates implied by the file
   */
  public ResolvedPortfolio resolve(Portfolio portfolio, String baseCurrency, FxRates explicitRates) {
    return new ResolvedPortfolio(this, portfolio, baseCurrency, explicitRates);
  }

  /**
   * {@link #apply(Portfolio, Scenario, String, FxRates, Propagation)} with the portfolio resolved
   * and the scenario indexed beforehand: the same impacts and totals. With {@code warnings}
   * false the result has no warnings and none is built, for callers that report totals only.
   *
   * @throws InputException when a holding's currency cannot be converted to the base currency
   */
  public ScenarioResult apply(ResolvedPortfolio portfolio, PreparedScenario scenario, Propagation propagation,
      boolean warnings) {
    if (portfolio.engine != this || scenario.engine != this) {
      throw new IllegalArgumentException("The portfolio and the scenario must be prepared by this engine");
    }
    if (!portfolio.valuation.missingRates.isEmpty()) {
      throw portfolio.valuation.missing(portfolio.portfolio);
    }
    return apply(portfolio.portfolio, portfolio.holdings, portfolio.valuation, scenario.index,
        portfolio.valuation.baseCurrency, portfolio.valuation.explicitRates, propagation, warnings);
  }

  /**
   * What a batch reports of one portfolio under one scenario: the totals of {@link
   * #apply(ResolvedPortfolio, PreparedScenario, Propagation, boolean)} and its worst holding,
   * without the impacts. Money in the base currency, rounded to the cent.
   *
   * @param valueBefore the portfolio's value before the scenario
   * @param pnl the portfolio's P&amp;L, the sum of the holdings' cent-rounded P&amp;Ls
   * @param pnlPct the P&amp;L as a fraction of the absolute value before, as {@link ScenarioResult#pnlPct}
   * @param worst the position of the holding with the largest loss (the first of equal losses), or -1
   *     when no holding lost
   * @param worstLabel that holding's label, or empty
   * @param worstPnl that holding's P&amp;L, or 0
   */
  public record Totals(double valueBefore, double pnl, double pnlPct, int worst, String worstLabel,
      double worstPnl) {}

  /**
   * The totals of {@link #apply(ResolvedPortfolio, PreparedScenario, Propagation, boolean)} with
   * {@code sector == null} for the model {@code none}, else {@code sector.forPortfolio(portfolio)}:
   * the same numbers, with no impact, match or estimate made. A batch of a million pairs reports
   * these; the pair's explanations are that call's result, made when someone asks.
   *
   * @param sector the sector model's scenario part, or null for the model {@code none}
   * @throws InputException when a holding's currency cannot be converted to the base currency
   */
  public Totals totals(ResolvedPortfolio portfolio, PreparedScenario scenario, SectorModel.Prepared sector) {
    if (portfolio.engine != this || scenario.engine != this) {
      throw new IllegalArgumentException("The portfolio and the scenario must be prepared by this engine");
    }
    Valuation valuation = portfolio.valuation;
    if (!valuation.missingRates.isEmpty()) {
      throw valuation.missing(portfolio.portfolio);
    }
    ShockIndex index = scenario.index;
    // each holding's sector estimate (NaN for none), as the model would make it
    double[] estimated = sector == null ? null : sector.moves(portfolio.sectorView());
    long beforeCents = 0;
    long pnlCents = 0;
    int worst = -1;
    double worstPnl = 0;
    ResolvedHolding[] holdings = portfolio.holdings;
    for (int position = 0; position < holdings.length; position++) {
      ResolvedHolding held = holdings[position];
      Holding h = held.holding();
      double valueBefore = valuation.valueBefore[position];
      if (Double.isNaN(valueBefore)) {
        continue;
      }
      Shock price = index.priceShock(h, held.resolution(), held.key(), portfolio.rootIds[position]);
      double move;
      if (price != null) {
        move = price.move();
      } else if (h.cash()) {
        move = 0;
      } else if (estimated != null && !Double.isNaN(estimated[position])) {
        move = estimated[position];
      } else {
        move = index.defaultMatch(null).move();
      }
      double pnl = Money.times(valueBefore, Money.compound(move, index.fxMatch(h, valuation.baseCurrency, null).move()));
      beforeCents += Money.toCents(valueBefore);
      pnlCents += Money.toCents(pnl);
      // the first of equal losses, in file order
      if (pnl < 0 && (worst < 0 || pnl < worstPnl)) {
        worst = position;
        worstPnl = pnl;
      }
    }
    return new Totals(Money.fromCents(beforeCents), Money.fromCents(pnlCents),
        beforeCents == 0 ? 0 : (double) pnlCents / Math.abs(beforeCents), worst,
        worst < 0 ? "" : holdings[worst].original().label(), worst < 0 ? 0 : worstPnl);
  }

  /** The number of a ticker root, the same for the life of this engine. */
  private int rootId(String root) {
    Integer id = rootIds.get(root);
    return id != null ? id : rootIds.computeIfAbsent(root, r -> nextRootId.getAndIncrement());
  }

  /** The holding as matched against the reference list; {@code source} names the file in a collision. */
  private ResolvedHolding resolve(Holding original, String source) {
    Optional<SymbolKey> key = SymbolKey.parse(original.instrument().symbol()); // once for every look-up
    Optional<InstrumentRegistry.Resolution> resolved = registry.resolve(original.instrument(), key);
    Holding h = withReferenceSector(original, resolved);
    String collision = resolved.isEmpty()
        ? registry.collision(h.instrument(), key).map(c -> source + ":" + h.line() + ": " + c).orElse(null)
        : null;
    return new ResolvedHolding(original, h, key, resolved, collision);
  }

  /**
   * Applies the scenario {@code index} holds; {@code prepared} holds the holdings already
   * resolved, in portfolio order, and {@code valued} their values, or both are null to resolve and
   * value each holding here.
   */
  private ScenarioResult apply(Portfolio portfolio, ResolvedHolding[] prepared, Valuation valued, ShockIndex index,
      String baseCurrency, FxRates explicitRates, Propagation propagation, boolean notes) {
    Scenario scenario = index.scenario;
    Valuation valuation = valued != null ? valued : new Valuation(portfolio, baseCurrency, explicitRates);
    FxRates implied = valuation.implied;
    List<String> warnings = notes ? new ArrayList<>(portfolio.notes()) : new ArrayList<>();
    // the shocks that matched a holding, for the note on those that did not; not kept without notes
    Set<Shock> used = notes ? java.util.Collections.newSetFromMap(new IdentityHashMap<>()) : null;
    if (notes) {
      index.noteBaseCurrencyShocks(baseCurrency, warnings, used);
    }
    Impacts.Builder impacts = new Impacts.Builder(portfolio.holdings());
    List<String> unestimated = new ArrayList<>();
    int unestimatedCount = 0;
    // a large portfolio's note names the first holdings only; its CSV gives every holding's reason
    int named = portfolio.holdings().size() > LARGE ? NAMED : Integer.MAX_VALUE;

    Holdings columns = portfolio.columns();
    for (int position = 0; position < columns.size(); position++) {
      // a resolved portfolio made its holdings once: none is made again for each scenario
      ResolvedHolding held = prepared != null ? prepared[position] : resolve(columns.get(position), portfolio.source());
      Holding original = held.original();
      Optional<SymbolKey> key = held.key();
      Optional<InstrumentRegistry.Resolution> resolved = held.resolution();
      Holding h = held.holding();
      if (notes && held.collision() != null) {
        warnings.add(held.collision());
      }
      Match price = index.priceMatch(h, resolved, key, used);
      Estimate estimate = null;
      if (!price.isMatched() && !h.cash()) {
        Optional<ReferenceInstrument> ref = resolved.map(InstrumentRegistry.Resolution::instrument);
        estimate = propagation.estimate(h, ref).orElse(null);
        if (estimate == null) {
          price = index.defaultMatch(used);
          Optional<String> why = notes ? propagation.whyNot(h, ref) : Optional.empty();
          if (why.isPresent()) {
            unestimatedCount++;
            if (unestimated.size() < named) {
              unestimated.add(h.label() + " (" + why.get() + ")");
            }
          }
        }
      }
      Match fx = index.fxMatch(h, baseCurrency, used);
      Method method = price.isMatched()
          ? (price.kind() == MatchKind.SECTOR || price.kind() == MatchKind.DEFAULT ? Method.SCENARIO_RULE : Method.REPORTED)
          : estimate != null ? estimate.method()
          : fx.isMatched() ? Method.SCENARIO_RULE : Method.NOT_MOVED;

      double valueBefore = valued != null ? valued.valueBefore[position] : valuation.value(h);
      if (Double.isNaN(valueBefore)) {
        continue; // no rate converts it: the error below names the currency
      }
      double move = estimate != null ? estimate.move() : price.move();
      double pnl = Money.times(valueBefore, Money.compound(move, fx.move()));
      // in the base currency, whole cents and no currency move, the local P&L is the same product
      double pnlLocal = valueBefore == h.value() && fx.move() == 0 ? pnl : Money.times(h.value(), move);
      impacts.add(position, h == original ? null : h, price, fx, method, estimate, valueBefore, pnl, pnlLocal);
    }
    if (!valuation.missingRates.isEmpty()) {
      throw valuation.missing(portfolio);
    }
    if (!notes) {
      return new ScenarioResult(portfolio, scenario, baseCurrency, propagation.name(), impacts.build(), valuation.usedRates,
          List.of());
    }
    for (Map.Entry<String, Double> e : explicitRates.asMap().entrySet()) {
      String[] pair = e.getKey().split("/");
      OptionalDouble fileRate = implied.rate(pair[0], pair[1]);
      if (fileRate.isPresent() && Math.abs(fileRate.getAsDouble() / e.getValue() - 1) > 0.005) {
        warnings.add(String.format(Locale.ROOT, "--fx %s=%s differs from the rate the file implies (%.4f);"
            + " the file's own values are used for its lines", e.getKey(), e.getValue(), fileRate.getAsDouble()));
      }
      for (String c : pair) {
        if (!c.equals(baseCurrency) && !portfolio.currencies().contains(c)) {
          warnings.add("--fx " + e.getKey() + "=" + e.getValue() + " was not needed: no holding is in " + c);
          break;
        }
      }
    }
    warnings.addAll(propagation.notes());
    if (!unestimated.isEmpty()) {
      if (unestimatedCount > unestimated.size()) {
        unestimated.add("… and " + (unestimatedCount - unestimated.size()) + " more (see --format csv)");
      }
      warnings.add(unestimatedCount + " holding(s) got no estimate from the " + propagation.name() + " model"
          + (index.hasDefault() ? " and took the scenario's * move: " : " and were not moved by it: ")
          + String.join(", ", unestimated));
    }
    List<String> unused = index.unusedTargets(used);
    if (!unused.isEmpty()) {
      warnings.add(unused.size() + " of " + scenario.shocks().size() + " shocks matched no holding directly"
          + ("none".equals(propagation.name()) ? "" : " (the model may still use them)") + ": "
          + String.join(", ", unused));
    }
    return new ScenarioResult(portfolio, scenario, baseCurrency, propagation.name(), impacts.build(), valuation.usedRates,
        warnings);
  }

  /**
   * Checks a scenario against the reference list without a portfolio.
   *
   * @throws InputException when two targets name one instrument
   */
  public void check(Scenario scenario) {
    new ShockIndex(scenario);
  }

  /** Rates implied by files that give each line's value twice (local and base currency). */
  static FxRates impliedRates(Portfolio portfolio) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    Holdings h = portfolio.columns();
    for (int i = 0; i < h.size(); i++) {
      double base = h.fileBaseValue(i);
      if (!Double.isNaN(base) && h.value(i) != 0 && !h.currency(i).equals(h.fileBaseCurrency(i))) {
        double[] acc = sums.computeIfAbsent(h.currency(i) + "/" + h.fileBaseCurrency(i), k -> new double[2]);
        acc[0] += base;
        acc[1] += h.value(i);
      }
    }
    Map<String, Double> rates = new LinkedHashMap<>();
    sums.forEach((pair, acc) -> {
      if (acc[0] / acc[1] > 0) {
        rates.put(pair, acc[0] / acc[1]);
      }
    });
    return FxRates.of(rates);
  }

  private static Holding withReferenceSector(Holding h, Optional<InstrumentRegistry.Resolution> resolved) {
    if (!h.instrument().sector().isEmpty() || resolved.isEmpty() || h.cash()) {
      return h;
    }
    Instrument i = h.instrument().withSector(resolved.get().instrument().sector());
    return new Holding(i, h.quantity(), h.price(), h.value(), h.fileBaseValue(), h.fileBaseCurrency(), h.cash(), h.lines());
  }

  /** Sectors compare ignoring case, accents, spaces and punctuation: "Semi-conductors" is "semiconductors". */
  static String groupKey(String text) {
    return Text.fold(text).replace(" ", "");
  }

  /**
   * The scenario's shocks indexed by what they aim at, so each holding is matched in constant time.
   * Read-only once built (its cache of sector keys is concurrent), so one index serves every
   * portfolio of a batch; what a run matched is kept in the {@code used} set each run passes.
   */
  private final class ShockIndex {
    private final Scenario scenario;
    private final Map<String, Shock> byIsin = new HashMap<>();
    private final Map<ReferenceInstrument, Shock> byReference = new IdentityHashMap<>();
    private final Map<String, List<Map.Entry<SymbolKey, Shock>>> byRoot = new HashMap<>();
    private final Map<String, Shock> bySector = new HashMap<>();
    private final Map<String, Shock> byCurrency = new HashMap<>();
    /** The {@code currency:} shocks in scenario order: one on the base currency moves nothing. */
    private final List<Shock> currencyShocks = new ArrayList<>();
    /** Each sector spelling's key, folded once rather than once per holding. */
    private final Map<String, String> sectorKeys = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The matches many holdings share: of a sector spelling, of a currency, of the {@code *} move.
     * Concurrent, since a batch shares one index among its threads; a match is a value, so two
     * threads making the same one at once is harmless.
     */
    private final Map<String, Match> sectorMatches = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Match> fxMatches = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Match allMatch;
    private final List<Shock> shocks;
    private Shock all;
    /** {@link #byRoot} by the roots' numbers ({@link ShockEngine#rootId}); null where no shock has the root. */
    private final List<Map.Entry<SymbolKey, Shock>>[] byRootId;

    ShockIndex(Scenario scenario) {
      this(scenario, false);
    }

    /** With {@code numbered}, the shocks on ticker roots are also found by the roots' numbers, for a batch. */
    ShockIndex(Scenario scenario, boolean numbered) {
      this.scenario = scenario;
      this.shocks = scenario.shocks();
      for (Shock s : shocks) {
        ShockTarget t = s.target();
        switch (t.kind()) {
          case ISIN -> {
            byIsin.put(t.value(), s);
            registry.resolve(t).ifPresent(ri -> putOnce(ri, s, scenario));
          }
          case SYMBOL -> {
            Optional<ReferenceInstrument> ri = registry.resolve(t);
            if (ri.isPresent()) {
              putOnce(ri.get(), s, scenario);
            } else {
              SymbolKey key = SymbolKey.parse(t.value()).orElseThrow();
              byRoot.computeIfAbsent(key.root(), k -> new ArrayList<>()).add(Map.entry(key, s));
            }
          }
          case SECTOR -> bySector.put(groupKey(t.value()), s);
          case CURRENCY -> {
            byCurrency.put(t.value(), s);
            currencyShocks.add(s);
          }
          case ALL -> all = s;
          default -> throw new IllegalStateException("Unknown target kind " + t.kind());
        }
      }
      @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
      List<Map.Entry<SymbolKey, Shock>>[] byId = new List[0];
      if (numbered) {
        int[] ids = byRoot.keySet().stream().mapToInt(ShockEngine.this::rootId).toArray();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map.Entry<SymbolKey, Shock>>[] sized = new List[java.util.Arrays.stream(ids).max().orElse(-1) + 1];
        byId = sized;
        for (Map.Entry<String, List<Map.Entry<SymbolKey, Shock>>> e : byRoot.entrySet()) {
          byId[rootId(e.getKey())] = e.getValue();
        }
      }
      byRootId = byId;
    }

    /** One instrument, one move: two spellings of the same company would leave one of them silently unused. */
    private void putOnce(ReferenceInstrument ri, Shock s, Scenario scenario) {
      Shock earlier = byReference.putIfAbsent(ri, s);
      if (earlier != null) {
        throw InputException.ofUsage("scenario " + scenario.name() + ": targets " + earlier.target() + " and "
            + s.target() + " both name " + ri.name() + "; keep one move per instrument");
      }
    }

    /** Warns of each {@code currency:} shock on the base currency itself, and counts it as used. */
    void noteBaseCurrencyShocks(String baseCurrency, List<String> warnings, Set<Shock> used) {
      for (Shock s : currencyShocks) {
        if (s.target().value().equals(baseCurrency)) {
          // the base against itself does not move; the scenario means the other currencies
          used.add(s);
          warnings.add("currency:" + baseCurrency + " " + Percent.format(s.move()) + " is a move of the base"
              + " currency itself and moves nothing here; report in another currency (--base) or shock the"
              + " other currencies instead");
        }
      }
    }

    Match priceMatch(Holding h, Optional<InstrumentRegistry.Resolution> resolved, Optional<SymbolKey> key,
        Set<Shock> used) {
      Instrument i = h.instrument();
      Shock s = i.isin().isEmpty() ? null : byIsin.get(i.isin());
      if (s != null) {
        return use(MatchKind.ISIN, s, i.isin(), used);
      }
      if (resolved.isPresent()) {
        s = byReference.get(resolved.get().instrument());
        if (s != null) {
          return use(resolved.get().kind(), s, resolved.get().detail() + " → " + resolved.get().instrument().name(),
              used);
        }
      }
      // most holdings share no root with a shock: no iterator for them (a batch meets millions)
      List<Map.Entry<SymbolKey, Shock>> sameRoot = key.isPresent() && !byRoot.isEmpty()
          ? byRoot.get(key.get().root()) : null;
      if (sameRoot != null) {
        for (Map.Entry<SymbolKey, Shock> e : sameRoot) {
          if (e.getKey().canName(key.get(), h.currency())) {
            return use(MatchKind.SYMBOL, e.getValue(), i.symbol().equals(e.getValue().target().value())
                ? i.symbol() : i.symbol() + " ~ " + e.getValue().target().value(), used);
          }
        }
      }
      if (h.cash()) {
        return Match.none();
      }
      if (!i.sector().isEmpty() && !bySector.isEmpty()) {
        return counted(sectorMatch(i.sector()), used);
      }
      return Match.none();
    }

    /**
     * The shock {@link #priceMatch} matches, found in the same order, or null: for totals, which
     * need the move and make no match.
     */
    Shock priceShock(Holding h, Optional<InstrumentRegistry.Resolution> resolved, Optional<SymbolKey> key,
        int rootId) {
      Instrument i = h.instrument();
      Shock s = i.isin().isEmpty() || byIsin.isEmpty() ? null : byIsin.get(i.isin());
      if (s != null) {
        return s;
      }
      if (resolved.isPresent() && !byReference.isEmpty()) {
        s = byReference.get(resolved.get().instrument());
        if (s != null) {
          return s;
        }
      }
      List<Map.Entry<SymbolKey, Shock>> sameRoot = rootId >= 0 && rootId < byRootId.length ? byRootId[rootId] : null;
      if (sameRoot != null) {
        for (Map.Entry<SymbolKey, Shock> e : sameRoot) {
          if (e.getKey().canName(key.get(), h.currency())) {
            return e.getValue();
          }
        }
      }
      if (h.cash() || i.sector().isEmpty() || bySector.isEmpty()) {
        return null;
      }
      return sectorMatch(i.sector()).shock();
    }

    /** The match of a sector spelling: one for every holding of that spelling, not one each. */
    private Match sectorMatch(String sector) {
      Match m = sectorMatches.get(sector);
      if (m == null) {
        Shock s = bySector.get(sectorKey(sector));
        m = s == null ? Match.none() : Match.of(MatchKind.SECTOR, s, sector);
        if (sectorMatches.size() < 10_000) {
          sectorMatches.put(sector, m);
        }
      }
      return m;
    }

    private String sectorKey(String sector) {
      String key = sectorKeys.get(sector);
      if (key == null) {
        key = groupKey(sector);
        if (sectorKeys.size() < 10_000) {
          sectorKeys.put(sector, key);
        }
      }
      return key;
    }

    boolean hasDefault() {
      return all != null;
    }

    /** The scenario's {@code *} move, for a non-cash holding nothing else moved. */
    Match defaultMatch(Set<Shock> used) {
      if (all == null) {
        return Match.none();
      }
      Match m = allMatch;
      if (m == null) {
        m = Match.of(MatchKind.DEFAULT, all, "*");
        allMatch = m;
      }
      return counted(m, used);
    }

    /** The {@code currency:} shock on the holding's currency; none when that is the base currency. */
    Match fxMatch(Holding h, String baseCurrency, Set<Shock> used) {
      if (byCurrency.isEmpty() || h.currency().equals(baseCurrency)) {
        return Match.none();
      }
      Match m = fxMatches.computeIfAbsent(h.currency(), c -> {
        Shock s = byCurrency.get(c);
        return s == null ? Match.none() : Match.of(MatchKind.CURRENCY, s, c);
      });
      return counted(m, used);
    }

    /** {@code m}, its shock counted in {@code used} (null when nobody asks) when it matched. */
    private static Match counted(Match m, Set<Shock> used) {
      if (used != null && m.isMatched()) {
        used.add(m.shock());
      }
      return m;
    }

    /** The match of {@code s}, which counts it in {@code used} (null when nobody asks). */
    private Match use(MatchKind kind, Shock s, String detail, Set<Shock> used) {
      if (used != null) {
        used.add(s);
      }
      return Match.of(kind, s, detail);
    }

    List<String> unusedTargets(Set<Shock> used) {
      List<String> out = new ArrayList<>();
      for (Shock s : shocks) {
        if (!used.contains(s)) {
          out.add(s.target() + " " + Percent.format(s.move()));
        }
      }
      return out;
    }
  }
}
