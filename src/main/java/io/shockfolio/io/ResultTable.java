package io.shockfolio.io;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.SafeText;
import io.shockfolio.domain.Impacts;
import io.shockfolio.domain.Ranking;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A result as a plain-text table that fits an 80-column terminal: holdings sorted by P&amp;L
 * (largest loss first), totals, the sector breakdown, the shocks with their sources, unmatched
 * holdings and notes. Numbers use the locale's separators and always show their sign.
 *
 * <p>A portfolio of more than {@value #LARGE} holdings is summed up rather than listed: the table
 * shows the {@value #HEAD} largest losses, a line {@code … N more holdings, see --format csv} and
 * the {@value #TAIL} largest gains; estimates, unmoved holdings, groups and notes are cut the same
 * way. The holdings shown are picked without sorting the whole portfolio.
 */
public final class ResultTable {

  /** Portfolios with more holdings than this are summed up, not listed. */
  static final int LARGE = 1_000;

  /** How many of the largest losses a large portfolio's table shows. */
  static final int HEAD = 30;

  /** How many of the largest gains it shows after them. */
  static final int TAIL = 10;

  /** How many lines of any other list (estimates, unmoved holdings, groups, notes) it shows. */
  static final int LIST = 30;


  /** Amounts and percentages alike: two decimals, the locale's grouping. */
  private final NumberFormat money;

  /** Counts: the locale's grouping, no decimals. */
  private final NumberFormat count;

  public ResultTable(Locale locale) {
    money = NumberFormat.getNumberInstance(locale);
    money.setMinimumFractionDigits(2);
    money.setMaximumFractionDigits(2);
    count = NumberFormat.getIntegerInstance(locale);
  }

  /**
   * The rows a large table shows, in table order (largest loss first).
   *
   * @param losses the {@code head} holdings with the lowest P&amp;L
   * @param gains the {@code tail} holdings with the highest P&amp;L above zero that are not among them
   * @param hidden how many holdings neither shows
   */
  record Cut(List<HoldingImpact> losses, List<HoldingImpact> gains, int hidden) {}

  /**
   * The first {@code head} and the last {@code tail} gains of {@link ScenarioResult#byPnl()},
   * picked in one pass with two bounded heaps instead of a sort of every holding. Ties keep
   * portfolio order, as in {@code byPnl}.
   */
  static Cut cut(List<HoldingImpact> impacts, int head, int tail) {
    return cut(impacts, head, tail, i -> true);
  }

  /** {@link #cut(List, int, int)} of the impacts {@code among} takes, counting only those as hidden. */
  static Cut cut(List<HoldingImpact> impacts, int head, int tail, java.util.function.IntPredicate among) {
    // the columns when there are: a million impacts need not be made to compare their P&Ls
    java.util.function.IntToDoubleFunction pnl = impacts instanceof Impacts columns ? columns::pnl
        : i -> impacts.get(i).pnl();
    int n = impacts.size();
    // order of byPnl: P&L, then position in the portfolio
    int[] low = Ranking.least(n, head, pnl, among);
    int[] high = Ranking.greatest(n, tail, pnl, i -> among.test(i) && pnl.applyAsDouble(i) > 0);
    java.util.Set<Integer> shown = new java.util.HashSet<>();
    List<HoldingImpact> losses = new java.util.ArrayList<>();
    for (int i : low) {
      shown.add(i);
      losses.add(impacts.get(i));
    }
    List<HoldingImpact> gains = new java.util.ArrayList<>();
    for (int i : high) {
      if (!shown.contains(i)) {
        gains.add(impacts.get(i));
      }
    }
    int taken = 0;
    for (int i = 0; i < n; i++) {
      taken += among.test(i) ? 1 : 0;
    }
    return new Cut(List.copyOf(losses), List.copyOf(gains), taken - losses.size() - gains.size());
  }

  public String render(ScenarioResult r) {
    StringBuilder sb = new StringBuilder();
    Scenario s = r.scenario();
    String base = r.baseCurrency();
    String title = r.portfolio().name() + " × " + s.name() + " (" + s.date() + ")"
        + (s.severity() != 1.0 ? ", severity ×" + trim(s.severity()) : "");
    sb.append(wrap("", title, 80));
    if (!s.description().isEmpty()) {
      sb.append(wrap("", s.description(), 80));
    }
    sb.append("Base currency ").append(base).append(", model ").append(r.model()).append(", ")
        .append(r.impacts().size()).append(r.impacts().size() == 1 ? " holding\n\n" : " holdings\n\n");
    boolean large = r.impacts().size() > LARGE;
    Cut cut = large ? cut(r.impacts(), HEAD, TAIL) : new Cut(r.byPnl(), List.of(), 0);
    List<String[]> cells = new java.util.ArrayList<>();
    for (HoldingImpact i : cut.losses()) {
      cells.add(cells(r, i));
    }
    List<String[]> gains = new java.util.ArrayList<>();
    for (HoldingImpact i : cut.gains()) {
      gains.add(cells(r, i));
    }
    String[] total = {"Total", money.format(r.valueBefore()), signedPct(r.pnlPct()), "", signedMoney(r.pnl()),
        signedPct(r.pnlPct())};
    String[] after = {"Value after", money.format(r.valueAfter()), "", "", "", ""};
    String[] head = {"Holding", "Value " + base, "Move", "Matched by", "P&L " + base, "Contrib."};
    int[] w = {0, head[1].length(), 8, 11, head[4].length(), 9};
    for (String[] c : concat(concat(cells, gains.toArray(String[][]::new)), total, after)) {
      w[1] = Math.max(w[1], c[1].length());
      w[4] = Math.max(w[4], c[4].length());
    }
    // the label takes what is left of 78 columns, so the table fits an 80-column terminal
    w[0] = Math.max(12, Math.min(30, 78 - 5 - w[1] - w[2] - w[3] - w[4] - w[5]));
    String rule = "-".repeat(w[0] + w[1] + w[2] + w[3] + w[4] + w[5] + 5);
    sb.append(row(head, w));
    sb.append(rule).append('\n');
    for (String[] c : cells) {
      sb.append(row(c, w));
    }
    if (large) {
      sb.append("… ").append(count.format(cut.hidden())).append(cut.hidden() == 1 ? " more holding" : " more holdings")
          .append(", see --format csv\n");
    }
    for (String[] c : gains) {
      sb.append(row(c, w));
    }
    sb.append(rule).append('\n');
    sb.append(row(total, w));
    sb.append(row(after, w).stripTrailing()).append('\n');
    Impacts impacts = r.impacts();
    int still = 0;
    long cents = 0;
    for (int i = 0; i < impacts.size(); i++) {
      if (!impacts.isMatched(i)) {
        still++;
        cents += io.shockfolio.domain.Money.toCents(impacts.valueBefore(i));
      }
    }
    if (still > 0 && r.valueBefore() != 0) {
      // what the total leaves out: a large unmoved share makes a small loss no good news
      double value = io.shockfolio.domain.Money.fromCents(cents);
      sb.append(wrap("", "Not moved: " + still + " of " + r.impacts().size() + " holdings, "
          + money.format(value) + " " + base + " (" + money.format(value / Math.abs(r.valueBefore()) * 100) + "% of the value)", 80));
    }

    estimates(sb, r, large);
    breakdown(sb, "By sector", r.bySector(), large);
    breakdown(sb, "By currency", r.byCurrency(), large);
    sb.append("\nShocks\n");
    for (Shock k : s.shocks()) {
      String lead = String.format(Locale.ROOT, "  %-16s %8s %-10s ", fit(k.target().toString(), 16),
          signedPct(k.move()), k.measured().label());
      sb.append(wrap(lead, k.source(), 80));
    }
    if (still > 0) {
      List<String> labels = new java.util.ArrayList<>();
      for (int i = 0; i < impacts.size() && (!large || labels.size() < LIST); i++) {
        if (!impacts.isMatched(i)) {
          labels.add(impacts.holding(i).label());
        }
      }
      String more = still > labels.size()
          ? " … and " + count.format(still - labels.size()) + " more, see --format csv" : "";
      sb.append(wrap("\nNot moved (no shock matches): ", String.join(", ", labels) + more, 80));
    }
    if (!r.warnings().isEmpty()) {
      sb.append("\nNotes\n");
      List<String> warnings = r.warnings();
      int shown = large ? Math.min(LIST, warnings.size()) : warnings.size();
      for (String note : warnings.subList(0, shown)) {
        sb.append(wrap("  ", note, 80));
      }
      if (shown < warnings.size()) {
        sb.append("  … ").append(count.format(warnings.size() - shown)).append(" more notes, see --format json\n");
      }
    }
    analysis(sb, r);
    if (!r.fxRates().isEmpty()) {
      sb.append("\nExchange rates: ");
      sb.append(String.join(", ", r.fxRates().entrySet().stream()
          .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.4f", e.getValue())).toList()));
      sb.append('\n');
    }
    return sb.toString();
  }

  private String[] cells(ScenarioResult r, HoldingImpact i) {
    return new String[] {i.holding().label(), money.format(i.valueBefore()),
        i.isMatched() ? signedPct(i.totalMove()) : "", matchLabel(i), signedMoney(i.pnl()),
        signedPct(r.contribution(i))};
  }

  private void estimates(StringBuilder sb, ScenarioResult r, boolean large) {
    List<HoldingImpact> estimated;
    int hidden = 0;
    if (large) {
      Cut cut = cut(r.impacts(), LIST, 0, r.impacts()::isEstimated);
      estimated = cut.losses();
      hidden = cut.hidden();
    } else {
      estimated = r.byPnl().stream().filter(HoldingImpact::isEstimated).toList();
    }
    if (estimated.isEmpty()) {
      return;
    }
    sb.append("\nEstimated moves (").append(r.model()).append(" model; 90% band; largest drivers)\n");
    for (HoldingImpact i : estimated) {
      Estimate e = i.estimate();
      String band = e.hasBand() ? "[" + signedPct(e.lower()) + ", " + signedPct(e.upper()) + "]" : "";
      List<Estimate.Contribution> top = new java.util.ArrayList<>(e.attribution());
      top.sort(java.util.Comparator.comparingDouble((Estimate.Contribution c) -> -Math.abs(c.share())));
      String drivers = String.join(", ", top.stream().limit(3)
          .map(c -> c.target() + " " + signedPct(c.share())).toList());
      String lead = String.format(Locale.ROOT, "  %-14s %8s %-20s ", fit(i.holding().label(), 14),
          signedPct(e.move()), band.isEmpty() && !e.method().label().equals(r.model())
              ? "(" + e.method().label() + " model)" : band);
      sb.append(wrap(lead, drivers, 80));
    }
    if (hidden > 0) {
      sb.append("  … ").append(count.format(hidden)).append(" more estimated holdings, see --format csv\n");
    }
  }

  private void analysis(StringBuilder sb, ScenarioResult r) {
    Analysis a = r.analysis();
    if (!a.reportedVersusActual().isEmpty()) {
      sb.append("\nReported versus actual close on ").append(r.scenario().date())
          .append(" (! = off by more than 2 points)\n");
      sb.append(String.format(Locale.ROOT, "  %-22s %9s %-10s %9s %8s%n", "Target", "Reported", "Measured",
          "Actual", "Diff."));
      for (Analysis.ReportedVersusActual c : a.reportedVersusActual()) {
        sb.append(String.format(Locale.ROOT, "  %-22s %9s %-10s %9s %8s %s%n", fit(c.target(), 22),
            signedPct(c.reported()), c.measured().label(), signedPct(c.actual()), signedPct(c.difference()),
            c.flagged() ? "!" : "").stripTrailing()).append('\n');
      }
    }
    List<Analysis.Risk> risks = new java.util.ArrayList<>();
    a.analytic().ifPresent(risks::add);
    a.monteCarlo().ifPresent(risks::add);
    if (!risks.isEmpty()) {
      sb.append("\nP&L distribution under the scenario (").append(r.baseCurrency())
          .append("; VaR and ES are losses)\n");
      for (Analysis.Risk k : risks) {
        sb.append(wrap("  ", k.method() + ":", 80));
        sb.append(String.format(Locale.ROOT, "    mean %s, standard deviation %s%n", signedMoney(k.mean()),
            money.format(k.standardDeviation())));
        sb.append(String.format(Locale.ROOT, "    95%%: VaR %s, ES %s%n", money.format(k.var95()), money.format(k.es95())));
        sb.append(String.format(Locale.ROOT, "    99%%: VaR %s, ES %s%n", money.format(k.var99()), money.format(k.es99())));
      }
    }
    a.reverseStress().ifPresent(rs -> {
      sb.append('\n').append(wrap("", String.format(Locale.ROOT, "Reverse stress: the portfolio loses %s at %s"
          + " times the reported moves.", money.format(rs.targetLoss() * 100) + "%", money.format(rs.scale())), 80));
      if (!rs.plausibleMoves().isEmpty()) {
        sb.append(wrap("  ", String.format(Locale.ROOT, "The most plausible reported moves for that loss"
            + " (Mahalanobis distance %s): ", money.format(rs.mahalanobis())) + String.join(", ",
            rs.plausibleMoves().stream().map(m -> m.target() + " " + signedPct(m.share())).toList()), 80));
      }
    });
  }

  private static String row(String[] c, int[] w) {
    return String.format(Locale.ROOT, "%-" + w[0] + "s %" + w[1] + "s %" + w[2] + "s %-" + w[3] + "s %" + w[4]
        + "s %" + w[5] + "s%n", fit(c[0], w[0]), c[1], c[2], c[3], c[4], c[5]);
  }

  private static List<String[]> concat(List<String[]> rows, String[]... more) {
    List<String[]> all = new java.util.ArrayList<>(rows);
    all.addAll(List.of(more));
    return all;
  }

  private void breakdown(StringBuilder sb, String title, List<Breakdown> all, boolean large) {
    if (all.size() < 2) {
      return;
    }
    List<Breakdown> groups = large && all.size() > LIST ? all.subList(0, LIST) : all;
    sb.append('\n').append(title).append('\n');
    int valueWidth = 13;
    int pnlWidth = 12;
    for (Breakdown b : groups) {
      valueWidth = Math.max(valueWidth, money.format(b.valueBefore()).length());
      pnlWidth = Math.max(pnlWidth, signedMoney(b.pnl()).length());
    }
    int keyWidth = Math.max(12, Math.min(30, 78 - 2 - 3 - valueWidth - pnlWidth - 8));
    for (Breakdown b : groups) {
      sb.append(String.format(Locale.ROOT, "  %-" + keyWidth + "s %" + valueWidth + "s %" + pnlWidth + "s %8s%n",
          fit(b.key(), keyWidth), money.format(b.valueBefore()), signedMoney(b.pnl()), signedPct(b.pnlPct())));
    }
    if (groups.size() < all.size()) {
      sb.append("  … ").append(count.format(all.size() - groups.size())).append(" more groups, see --format csv\n");
    }
  }

  /**
   * {@code lead} followed by {@code text} broken at spaces so no line passes {@code width};
   * continuation lines are indented to where the text began.
   */
  public static String wrap(String lead, String text, int width) {
    int leadWidth = lead.length() - lead.lastIndexOf('\n') - 1;
    int room = Math.max(20, width - leadWidth);
    String indent = " ".repeat(width - room);
    StringBuilder sb = new StringBuilder(lead);
    int col = 0;
    for (String word : SafeText.forTerminal(text).split(" ")) {
      if (col > 0 && col + 1 + word.length() > room) {
        sb.append('\n').append(indent);
        col = 0;
      } else if (col > 0) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col += word.length();
    }
    return sb.append('\n').toString();
  }

  private static String matchLabel(HoldingImpact i) {
    if (i.isMatched()) {
      return i.matchedBy().label();
    }
    return i.holding().cash() ? "cash" : "-";
  }

  private String signedMoney(double v) {
    String s = money.format(Math.abs(v));
    return v > 0 ? "+" + s : v < 0 ? "-" + s : s;
  }

  private String signedPct(double fraction) {
    double v = fraction * 100;
    String s = money.format(Math.abs(v)) + "%";
    return v >= 0.005 ? "+" + s : v <= -0.005 ? "-" + s : money.format(0) + "%";
  }

  static String fit(String s, int width) {
    String clean = SafeText.forTerminal(s);
    return clean.length() <= width ? clean : clean.substring(0, width - 1) + "…";
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
