package io.shockfolio.report;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.report.Doc.Block;
import io.shockfolio.report.Doc.Cell;
import io.shockfolio.report.Doc.Column;
import io.shockfolio.report.Doc.Fact;
import io.shockfolio.report.Doc.Facts;
import io.shockfolio.report.Doc.Figure;
import io.shockfolio.report.Doc.Heading;
import io.shockfolio.report.Doc.Items;
import io.shockfolio.report.Doc.Paragraph;
import io.shockfolio.report.Doc.Run;
import io.shockfolio.report.Doc.Section;
import io.shockfolio.report.Doc.Table;
import io.shockfolio.report.Doc.Tone;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a report says, in order: the title; with several results a comparison; then for each
 * result a section with (1) a summary and the largest losses, (2) every holding, (3) every shock
 * with its timing and source, (4) the methods used and their limits, (5) the holdings not moved,
 * the notes, and the analysis when price history gave one. The HTML and Markdown writers turn it
 * into text.
 */
final class ReportContent {

  /** How many of the largest losses the summary lists. */
  static final int WORST = 5;

  /** The section headings of a scenario, in order. */
  static final String SUMMARY = "Summary";
  static final String LARGEST_LOSSES = "Largest losses";
  static final String HOLDINGS = "Holdings";
  static final String SHOCKS = "Shocks";
  static final String METHODS = "Methods and their limits";
  static final String NOT_MOVED = "Holdings not moved";
  static final String NOTES = "Notes";
  static final String ANALYSIS = "Analysis";
  static final String COMPARISON = "Comparison";

  private final Format f;

  private ReportContent(Locale locale) {
    f = new Format(locale);
  }

  /**
   * The report of {@code results} with {@code charts}.
   *
   * @throws IllegalArgumentException when there are no results, or a chart names a scenario none of
   *     the results has (or has more charts of one name than results of that scenario)
   */
  static Doc.Report build(List<ScenarioResult> results, List<ReportChart> charts, Locale locale) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(charts, "charts");
    Objects.requireNonNull(locale, "locale");
    if (results.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one result to report");
    }
    return new ReportContent(locale).report(List.copyOf(results), List.copyOf(charts));
  }

  /** {@code "Shockfolio report — <portfolio(s)> — <scenario(s)>"}, names in order of first appearance. */
  static String title(List<ScenarioResult> results) {
    Set<String> portfolios = new LinkedHashSet<>();
    Set<String> scenarios = new LinkedHashSet<>();
    for (ScenarioResult r : results) {
      portfolios.add(r.portfolio().name());
      scenarios.add(scenarioLabel(r));
    }
    return "Shockfolio report — " + String.join(", ", portfolios) + " — " + String.join(", ", scenarios);
  }

  private Doc.Report report(List<ScenarioResult> results, List<ReportChart> charts) {
    List<List<ReportChart>> perResult = assign(results, charts);
    List<ReportChart> comparison = charts.stream().filter(ReportChart::isComparison).toList();
    String title = title(results);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(1, title));
    blocks.add(intro(results));
    boolean several = results.size() > 1;
    if (several) {
      blocks.add(comparison(results, comparison));
    }
    for (int i = 0; i < results.size(); i++) {
      List<ReportChart> own = new ArrayList<>(perResult.get(i));
      if (!several) {
        own.addAll(comparison);
      }
      blocks.add(scenario(results.get(i), i, own, several && distinctPortfolios(results) > 1));
    }
    return new Doc.Report(title, blocks);
  }

  /** The charts of each result, in the order given; see {@link ReportChart} for the rule. */
  static List<List<ReportChart>> assign(List<ScenarioResult> results, List<ReportChart> charts) {
    Map<String, List<Integer>> byName = new HashMap<>();
    List<List<ReportChart>> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      byName.computeIfAbsent(results.get(i).scenario().name(), k -> new ArrayList<>()).add(i);
      out.add(new ArrayList<>());
    }
    Map<List<String>, Integer> seen = new HashMap<>();
    for (ReportChart c : charts) {
      if (c.isComparison()) {
        continue;
      }
      List<Integer> targets = byName.get(c.scenario());
      if (targets == null) {
        throw new IllegalArgumentException("The chart '" + c.name() + "' belongs to scenario '" + c.scenario()
            + "', which none of the results has");
      }
      int k = seen.merge(List.of(c.scenario(), c.name()), 1, Integer::sum) - 1;
      if (k >= targets.size()) {
        throw new IllegalArgumentException("There are more charts named '" + c.name() + "' for scenario '"
            + c.scenario() + "' than results of that scenario (" + targets.size() + ")");
      }
      out.get(targets.get(k)).add(c);
    }
    return out;
  }

  private static long distinctPortfolios(List<ScenarioResult> results) {
    return results.stream().map(r -> r.portfolio().name()).distinct().count();
  }

  private Paragraph intro(List<ScenarioResult> results) {
    Set<String> portfolios = new LinkedHashSet<>();
    Set<String> currencies = new LinkedHashSet<>();
    for (ScenarioResult r : results) {
      portfolios.add(r.portfolio().name() + " (" + r.portfolio().source() + ")");
      currencies.add(r.baseCurrency());
    }
    List<Run> runs = new ArrayList<>();
    runs.add(Run.plain("What the moves the news reported do to "));
    runs.add(Run.strong(String.join(", ", portfolios)));
    runs.add(Run.plain(results.size() == 1 ? ", under one scenario" : ", under " + results.size() + " scenarios"));
    runs.add(Run.plain(". Amounts are in " + String.join(", ", currencies)
        + ", a loss is negative, and a move is the change of the price in percent. Every move comes with its"
        + " source; moves the news did not report are estimates."));
    return new Paragraph(runs);
  }

  // ---------------------------------------------------------------------------------------------
  // comparison

  private Section comparison(List<ScenarioResult> results, List<ReportChart> charts) {
    boolean portfolios = distinctPortfolios(results) > 1;
    boolean severities = results.stream().anyMatch(r -> r.scenario().severity() != 1.0);
    List<Column> cols = new ArrayList<>();
    if (portfolios) {
      cols.add(Column.text("Portfolio"));
    }
    cols.add(Column.text("Scenario"));
    cols.add(Column.code("Date"));
    if (severities) {
      cols.add(Column.number("Severity"));
    }
    cols.add(Column.text("Model"));
    cols.add(Column.number("Value before"));
    cols.add(Column.number("P&L"));
    cols.add(Column.number("P&L %"));
    cols.add(Column.number("Value after"));
    List<List<Cell>> rows = new ArrayList<>();
    for (ScenarioResult r : results) {
      List<Cell> row = new ArrayList<>();
      if (portfolios) {
        row.add(Cell.of(r.portfolio().name()));
      }
      row.add(Cell.of(r.scenario().name(), r.scenario().description()));
      row.add(Cell.of(r.scenario().date().toString()));
      if (severities) {
        row.add(Cell.of("×" + f.plain(r.scenario().severity())));
      }
      row.add(Cell.of(r.model()));
      row.add(Cell.of(f.money(r.valueBefore(), r.baseCurrency())));
      row.add(Cell.toned(f.signedMoney(r.pnl(), r.baseCurrency()), Tone.of(r.pnl())));
      row.add(Cell.toned(f.percent(r.pnlPct()), Tone.of(r.pnl())));
      row.add(Cell.of(f.money(r.valueAfter(), r.baseCurrency())));
      rows.add(row);
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(2, COMPARISON + " of " + results.size() + " scenarios"));
    blocks.add(new Table(cols, rows, List.of(), false));
    charts.forEach(c -> blocks.add(new Figure(c)));
    return new Section("comparison", blocks);
  }

  // ---------------------------------------------------------------------------------------------
  // one scenario

  private Section scenario(ScenarioResult r, int index, List<ReportChart> charts, boolean withPortfolio) {
    List<Block> b = new ArrayList<>();
    b.add(new Heading(2, (withPortfolio ? r.portfolio().name() + " × " : "") + "Scenario "
        + scenarioLabel(r) + " (" + r.scenario().date() + ")"));
    if (!r.scenario().description().isBlank()) {
      b.add(Paragraph.of(r.scenario().description()));
    }
    b.add(Paragraph.of("Portfolio " + r.portfolio().name() + " (" + r.portfolio().source() + "), "
        + r.impacts().size() + (r.impacts().size() == 1 ? " holding" : " holdings") + ", base currency "
        + r.baseCurrency() + ", model " + r.model()
        + (r.scenario().severity() != 1.0 ? ", every move scaled ×" + f.plain(r.scenario().severity()) : "")
        + "."));
    summary(b, r);
    charts.forEach(c -> b.add(new Figure(c)));
    holdings(b, r);
    shocks(b, r);
    methods(b, r);
    notMoved(b, r);
    notes(b, r);
    analysis(b, r);
    return new Section("scenario-" + (index + 1), b);
  }

  static String scenarioLabel(ScenarioResult r) {
    double s = r.scenario().severity();
    return r.scenario().name() + (s != 1.0 ? " ×" + (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) : "");
  }

  private void summary(List<Block> b, ScenarioResult r) {
    String cur = r.baseCurrency();
    b.add(new Heading(3, SUMMARY));
    b.add(new Facts(List.of(
        new Fact("Value before", f.money(r.valueBefore(), cur), Tone.NONE),
        new Fact("Value after", f.money(r.valueAfter(), cur), Tone.NONE),
        new Fact("P&L", f.signedMoney(r.pnl(), cur), Tone.of(r.pnl())),
        new Fact("P&L %", f.percent(r.pnlPct()), Tone.of(r.pnl())))));
    b.add(Paragraph.of(counts(r)));
    if (!r.fxRates().isEmpty()) {
      b.add(Paragraph.of("Exchange rates used (base units per foreign unit): " + r.fxRates().entrySet().stream()
          .map(e -> e.getKey() + " " + f.number(e.getValue(), 4)).collect(Collectors.joining(", ")) + "."));
    }
    List<HoldingImpact> losses = r.byPnl().stream().filter(i -> Money.toCents(i.pnl()) < 0).limit(WORST).toList();
    b.add(new Heading(4, LARGEST_LOSSES));
    if (losses.isEmpty()) {
      b.add(Paragraph.of("No holding loses in this scenario."));
      return;
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (HoldingImpact i : losses) {
      rows.add(List.of(holdingCell(i, r), Cell.toned(f.percent(i.totalMove()), Tone.of(i.totalMove())),
          Cell.toned(f.signedMoney(i.pnl()), Tone.of(i.pnl())),
          Cell.toned(f.percent(r.contribution(i)), Tone.of(i.pnl())), Cell.of(movedBy(i))));
    }
    b.add(new Table(List.of(Column.text("Holding"), Column.number("Move"), Column.number("P&L " + cur),
        Column.number("Of portfolio"), Column.text("Moved by")), rows, List.of(), false));
  }

  /** "12 holdings: 4 moved by a reported move, 6 by an estimate; 2 not moved." */
  static String counts(ScenarioResult r) {
    Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
    for (String k : List.of("a reported move", "a scenario rule", "an exchange-rate move alone", "an estimate",
        "nothing")) {
      kinds.put(k, 0);
    }
    for (HoldingImpact i : r.impacts()) {
      kinds.merge(kind(i), 1, Integer::sum);
    }
    int unmoved = kinds.remove("nothing");
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, n) -> {
      if (n > 0) {
        parts.add((parts.isEmpty() ? n + " moved by " : n + " by ") + k);
      }
    });
    if (unmoved > 0) {
      parts.add(unmoved + " not moved");
    }
    int n = r.impacts().size();
    return n + (n == 1 ? " holding: " : " holdings: ") + String.join(", ", parts) + ".";
  }

  /** What moved the holding, in the words of {@link #counts}. */
  private static String kind(HoldingImpact i) {
    if (i.isEstimated()) {
      return "an estimate";
    }
    if (i.price().isMatched()) {
      return i.method() == Method.REPORTED ? "a reported move" : "a scenario rule";
    }
    return i.fx().isMatched() ? "an exchange-rate move alone" : "nothing";
  }

  /** "reported, intraday", "estimated by the conditional model, 90% band …", "scenario rule sector:…". */
  private String movedBy(HoldingImpact i) {
    if (i.isEstimated()) {
      Estimate e = i.estimate();
      return "estimated by the " + e.method().label() + " model"
          + (e.hasBand() ? ", 90% band " + f.percent(e.lower()) + " to " + f.percent(e.upper()) : ", no band");
    }
    if (i.price().isMatched()) {
      Shock s = i.price().shock();
      return (i.method() == Method.REPORTED ? "reported" : "scenario rule " + s.target()) + ", " + s.measured().label()
          + (i.fx().isMatched() ? "; and " + i.fx().shock().target() + " " + f.percent(i.fxMove()) : "");
    }
    if (i.fx().isMatched()) {
      return "exchange rate only, " + i.fx().shock().target() + " " + f.percent(i.fxMove());
    }
    return "not moved";
  }

  private Cell holdingCell(HoldingImpact i, ScenarioResult r) {
    Instrument ins = i.holding().instrument();
    List<String> note = new ArrayList<>();
    if (!ins.name().isEmpty() && !ins.name().equals(i.holding().label())) {
      note.add(ins.name());
    }
    if (!i.holding().currency().equals(r.baseCurrency())) {
      note.add(i.holding().currency());
    }
    return Cell.of(i.holding().label(), String.join(" · ", note));
  }

  /** The ISIN, else the symbol. */
  private static String identifier(HoldingImpact i) {
    Instrument ins = i.holding().instrument();
    return ins.isin().isEmpty() ? ins.symbol() : ins.isin();
  }

  private void holdings(List<Block> b, ScenarioResult r) {
    String cur = r.baseCurrency();
    boolean fx = r.impacts().stream().anyMatch(i -> i.fx().isMatched());
    b.add(new Heading(3, HOLDINGS));
    b.add(Paragraph.of("Every holding, from the largest loss to the largest gain. The move is the price move in the"
        + " holding's currency" + (fx ? "; the FX move is the change of its currency against " + cur
        + "; the P&L compounds both, in " + cur + "." : "; the P&L is in " + cur + ".")));
    List<List<Cell>> rows = new ArrayList<>();
    for (HoldingImpact i : r.byPnl()) {
      String band = i.isEstimated() && i.estimate().hasBand()
          ? "90%: " + f.percent(i.estimate().lower()) + " to " + f.percent(i.estimate().upper()) : "";
      List<Cell> row = new ArrayList<>(List.of(
          holdingCell(i, r),
          Cell.of(identifier(i)),
          Cell.of(f.money(i.valueBefore())),
          i.price().isMatched() || i.isEstimated()
              ? new Cell(f.percent(i.move()), band, Tone.of(i.move())) : Cell.of("")));
      if (fx) {
        row.add(i.fx().isMatched() ? Cell.toned(f.percent(i.fxMove()), Tone.of(i.fxMove())) : Cell.of(""));
      }
      row.addAll(List.of(
          Cell.toned(f.signedMoney(i.pnl()), Tone.of(i.pnl())),
          Cell.of(i.method().label(), i.isMatched() && !i.isEstimated() ? "by " + i.matchedBy().label() : ""),
          Cell.of(i.explain())));
      rows.add(row);
    }
    List<Cell> total = new ArrayList<>(List.of(Cell.of("Total"), Cell.of(""), Cell.of(f.money(r.valueBefore())),
        Cell.toned(f.percent(r.pnlPct()), Tone.of(r.pnl()))));
    if (fx) {
      total.add(Cell.of(""));
    }
    total.addAll(List.of(Cell.toned(f.signedMoney(r.pnl()), Tone.of(r.pnl())), Cell.of(""), Cell.of("")));
    List<Column> cols = new ArrayList<>(List.of(Column.text("Holding"), Column.code("ISIN / symbol"),
        Column.number("Value before " + cur), Column.number("Move")));
    if (fx) {
      cols.add(Column.number("FX move"));
    }
    cols.addAll(List.of(Column.number("P&L " + cur), Column.text("Method"), Column.prose("Why")));
    b.add(new Table(cols, rows, List.of(total), true));
  }

  private void shocks(List<Block> b, ScenarioResult r) {
    List<Shock> shocks = r.scenario().shocks();
    b.add(new Heading(3, SHOCKS));
    if (shocks.isEmpty()) {
      b.add(Paragraph.of("The scenario has no shocks."));
      return;
    }
    b.add(Paragraph.of("The " + shocks.size() + (shocks.size() == 1 ? " move" : " moves")
        + " of the scenario as reported"
        + (r.scenario().severity() != 1.0 ? ", scaled ×" + f.plain(r.scenario().severity()) : "")
        + ", with when each was measured and who reported it. Intraday and pre-market moves can differ a lot"
        + " from the close."));
    List<List<Cell>> rows = new ArrayList<>();
    for (Shock s : shocks) {
      rows.add(List.of(Cell.of(s.target().toString()), Cell.toned(f.percent(s.move()), Tone.of(s.move())),
          Cell.of(s.measured().label()), Cell.of(s.source()), Cell.of(s.note()),
          Cell.of(String.valueOf(reached(r, s.target())))));
    }
    b.add(new Table(List.of(Column.code("Target"), Column.number("Move"), Column.text("Measured"),
        Column.prose("Source"), Column.prose("Note"), Column.number("Holdings moved")), rows, List.of(), true));
  }

  /** How many holdings the shock on {@code target} moved directly (estimates aside). */
  private static long reached(ScenarioResult r, ShockTarget target) {
    return r.impacts().stream().filter(i -> i.price().isMatched() && i.price().shock().target().equals(target)
        || i.fx().isMatched() && i.fx().shock().target().equals(target)).count();
  }

  private void methods(List<Block> b, ScenarioResult r) {
    b.add(new Heading(3, METHODS));
    b.add(Paragraph.of(modelText(r.model())));
    Map<Method, Integer> used = new EnumMap<>(Method.class);
    for (HoldingImpact i : r.impacts()) {
      used.merge(i.isEstimated() ? i.estimate().method() : i.method(), 1, Integer::sum);
    }
    List<Paragraph> items = new ArrayList<>();
    used.forEach((m, n) -> items.add(new Paragraph(List.of(
        Run.strong(m.label() + " (" + n + (n == 1 ? " holding" : " holdings") + ")"),
        Run.plain(": " + methodText(m))))));
    if (r.scenario().severity() != 1.0) {
      items.add(new Paragraph(List.of(Run.strong("severity"), Run.plain(": every move is scaled ×"
          + f.plain(r.scenario().severity()) + ", linearly (−17% × 2 = −34%); the scaled moves are no"
          + " longer what the news reported."))));
    }
    if (!r.fxRates().isEmpty()) {
      items.add(new Paragraph(List.of(Run.strong("exchange rates"), Run.plain(": not fetched; they were given or"
          + " implied by the file's own values, and a currency moves only when the scenario has a currency: shock."))));
    }
    b.add(new Items(items));
  }

  static String modelText(String model) {
    return switch (model) {
      case "none" -> "Model none: only what the scenario names moves; holdings the news did not name stay at 0%,"
          + " though on a day like this many of them fell too.";
      case "sector", "beta", "conditional" -> "Model " + model + " for the holdings the news did not name. A"
          + " holding without enough price history falls back (conditional or beta, then sector, then the"
          + " scenario's * move), and its \"why\" says so.";
      default -> "Model " + model + ".";
    };
  }

  static String methodText(Method m) {
    return switch (m) {
      case REPORTED -> "the move the news reported for that very instrument (by ISIN, ticker or name), applied as"
          + " reported. Reported moves are often intraday, pre-market or rounded; each shock keeps its timing"
          + " and source so you can judge.";
      case SCENARIO_RULE -> "a sector:, currency: or * row of the scenario: one move for every holding it reaches,"
          + " as the scenario's author chose it, not a move measured for the holding.";
      case SECTOR_AVERAGE -> "the average reported move of the holding's sector. No band: how far a holding strays"
          + " from its sector is not measured, and a holding moves only when its sector has a reported move.";
      case BETA -> "the holding's beta (least squares on daily log returns) to the reported index or to the basket"
          + " of reported names, times that move. The 90% band is ± 1.645 residual standard deviations.";
      case CONDITIONAL -> "the expected move given every reported move, under a multivariate normal of daily log"
          + " returns fitted on the price history before the event. The 90% band is ± 1.645 conditional standard"
          + " deviations. Fitted on ordinary days, the model is too calm for a tail day: in the back-test of"
          + " 27 January 2025 only 64% to 78% of the names closed inside their 90% band, so the bands are too"
          + " narrow.";
      case NOT_MOVED -> "no shock and no model reached the holding: it stays at 0%. Cash moves only with a currency"
          + " shock.";
    };
  }

  private void notMoved(List<Block> b, ScenarioResult r) {
    b.add(new Heading(3, NOT_MOVED));
    List<HoldingImpact> unmatched = r.unmatched();
    if (unmatched.isEmpty()) {
      b.add(Paragraph.of("Every holding was moved by a shock or a model."));
      return;
    }
    long cents = unmatched.stream().mapToLong(i -> Money.toCents(i.valueBefore())).sum();
    double value = Money.fromCents(cents);
    double share = r.valueBefore() == 0 ? 0 : value / Math.abs(r.valueBefore());
    b.add(Paragraph.of(unmatched.size() + (unmatched.size() == 1 ? " holding" : " holdings") + " worth "
        + f.money(value, r.baseCurrency()) + " (" + f.unsignedPercent(share) + " of the value before) "
        + (unmatched.size() == 1 ? "was" : "were") + " not moved: no shock of the scenario and no model reached "
        + (unmatched.size() == 1 ? "it" : "them") + ". Their P&L is 0, which understates the loss if they fell too."));
    List<List<Cell>> rows = new ArrayList<>();
    for (HoldingImpact i : unmatched) {
      rows.add(List.of(holdingCell(i, r), Cell.of(identifier(i)), Cell.of(f.money(i.valueBefore())),
          Cell.of(i.holding().cash() ? "cash moves only with a currency shock" : "no shock of the scenario matches it")));
    }
    b.add(new Table(List.of(Column.text("Holding"), Column.code("ISIN / symbol"),
        Column.number("Value before " + r.baseCurrency()), Column.prose("Why")), rows, List.of(), false));
  }

  private void notes(List<Block> b, ScenarioResult r) {
    b.add(new Heading(3, NOTES));
    if (r.warnings().isEmpty()) {
      b.add(Paragraph.of("None."));
      return;
    }
    b.add(new Items(r.warnings().stream().map(Paragraph::of).toList()));
  }

  private void analysis(List<Block> b, ScenarioResult r) {
    Analysis a = r.analysis();
    if (a.isEmpty()) {
      return;
    }
    String cur = r.baseCurrency();
    b.add(new Heading(3, ANALYSIS));
    if (!a.reportedVersusActual().isEmpty()) {
      b.add(new Heading(4, "Reported versus actual"));
      b.add(Paragraph.of("Each reported move beside the actual close-to-close move of " + r.scenario().date()
          + "; a difference above 2 points is flagged."));
      List<List<Cell>> rows = new ArrayList<>();
      for (Analysis.ReportedVersusActual c : a.reportedVersusActual()) {
        rows.add(List.of(Cell.of(c.target()), Cell.of(c.ticker()), Cell.toned(f.percent(c.reported()), Tone.of(c.reported())),
            Cell.of(c.measured().label()), Cell.toned(f.percent(c.actual()), Tone.of(c.actual())),
            Cell.of(f.percent(c.difference())), Cell.of(c.flagged() ? "off by more than 2 points" : "")));
      }
      b.add(new Table(List.of(Column.text("Target"), Column.text("Price series"), Column.number("Reported"),
          Column.text("Measured"), Column.number("Actual close"), Column.number("Difference"), Column.text("Flag")),
          rows, List.of(), false));
    }
    List<Analysis.Risk> risks = new ArrayList<>();
    a.analytic().ifPresent(risks::add);
    a.monteCarlo().ifPresent(risks::add);
    if (!risks.isEmpty()) {
      b.add(new Heading(4, "P&L distribution, VaR and expected shortfall"));
      b.add(Paragraph.of("The reported moves are held fixed; the estimated holdings vary around their estimates"
          + " with the model's covariance, linearised. VaR and expected shortfall are losses in " + cur
          + ". Like the bands, they come from a model fitted on ordinary days and understate a tail day."));
      List<List<Cell>> rows = new ArrayList<>();
      for (Analysis.Risk k : risks) {
        String note = k.paths() > 0 ? f.count(k.paths()) + " paths, standard error " + f.money(k.standardError()) : "";
        rows.add(List.of(Cell.of(k.method(), note), Cell.toned(f.signedMoney(k.mean()), Tone.of(k.mean())),
            Cell.of(f.money(k.standardDeviation())), Cell.of(f.money(k.var95())), Cell.of(f.money(k.es95())),
            Cell.of(f.money(k.var99())), Cell.of(f.money(k.es99()))));
      }
      b.add(new Table(List.of(Column.text("Distribution"), Column.number("Mean " + cur),
          Column.number("Std. dev."), Column.number("VaR 95%"), Column.number("ES 95%"), Column.number("VaR 99%"),
          Column.number("ES 99%")), rows, List.of(), false));
      a.simulatedPnl().ifPresent(h -> b.add(Paragraph.of("The simulated P&L runs from "
          + f.signedMoney(h.start(), cur) + " to " + f.signedMoney(h.start() + h.width() * h.counts().size(), cur)
          + " over " + f.count(h.total()) + " paths.")));
    }
    a.reverseStress().ifPresent(rs -> {
      b.add(new Heading(4, "Reverse stress"));
      b.add(Paragraph.of("The portfolio loses " + f.unsignedPercent(rs.targetLoss()) + " of its value at "
          + f.number(rs.scale(), 2) + " times the reported moves."));
      if (!rs.plausibleMoves().isEmpty()) {
        b.add(Paragraph.of("The reported moves closest to no move that lose as much (Mahalanobis distance "
            + f.number(rs.mahalanobis(), 2) + " daily standard deviations):"));
        b.add(new Table(List.of(Column.text("Reported name"), Column.number("Move")),
            rs.plausibleMoves().stream().map(m -> List.of(Cell.of(m.target()),
                Cell.toned(f.percent(m.share()), Tone.of(m.share())))).toList(), List.of(), false));
      }
    });
    if (!a.severityCurve().isEmpty()) {
      b.add(new Heading(4, "Severity"));
      b.add(Paragraph.of("The portfolio's P&L with every reported move scaled."));
      b.add(new Table(List.of(Column.number("Scale"), Column.number("P&L " + cur), Column.number("P&L %")),
          a.severityCurve().stream().map(p -> List.of(Cell.of("×" + f.plain(p.scale())),
              Cell.toned(f.signedMoney(p.pnl()), Tone.of(p.pnl())), Cell.toned(f.percent(p.pnlPct()), Tone.of(p.pnl()))))
              .toList(), List.of(), false));
    }
  }
}
