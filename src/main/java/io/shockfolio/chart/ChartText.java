package io.shockfolio.chart;

import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The words on the charts: titles, subtitles and category labels. */
public final class ChartText {

  /** Category labels longer than this are cut and end in {@value #ELLIPSIS}. */
  public static final int MAX_LABEL_LENGTH = 22;

  static final String ELLIPSIS = "…";

  private ChartText() {}

  /** {@code "<portfolio> — <scenario> (<date>)"}, e.g. {@code "degiro — deepseek-2025-01-27 (2025-01-27)"}. */
  public static String title(ScenarioResult result) {
    Objects.requireNonNull(result, "result");
    return result.portfolio().name() + " — " + result.scenario().name()
        + " (" + result.scenario().date() + ")";
  }

  /**
   * {@code "Total P&L -1,510 EUR (-7.19%) · model none"}, followed by {@code " · severity ×2"} when
   * the scenario was scaled.
   */
  public static String subtitle(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    ChartTheme theme = ChartTheme.of(locale);
    StringBuilder sb = new StringBuilder("Total P&L ")
        .append(theme.signedAmount(result.pnl())).append(' ').append(result.baseCurrency())
        .append(" (").append(theme.signedPercent(result.pnlPct())).append("%)")
        .append(" · ").append(method(result.model()));
    double severity = result.scenario().severity();
    if (severity != 1.0) {
      sb.append(" · severity ×").append(theme.plain(severity));
    }
    return sb.toString();
  }

  /** The model in words a reader without the manual understands. */
  static String method(String model) {
    return "none".equals(model) ? "the scenario's shocks as written, no estimates" : "model " + model;
  }

  /** {@code text} cut to {@code max} characters, the last being {@value #ELLIPSIS}, when longer. */
  static String truncate(String text, int max) {
    String t = text.strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int end = t.offsetByCodePoints(0, Math.max(1, max - 1));
    return t.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Labels for the chart's categories, each cut to {@link #MAX_LABEL_LENGTH} and unique: a label
   * that would appear more than once gets its 1-based row appended ({@code "ASML #3"}).
   */
  static List<String> uniqueLabels(List<String> raw) {
    return uniqueLabels(raw, MAX_LABEL_LENGTH);
  }

  /** As {@link #uniqueLabels(List)}, cut to {@code max} characters. */
  static List<String> uniqueLabels(List<String> raw, int max) {
    List<String> cut = raw.stream().map(r -> truncate(r, max)).toList();
    Map<String, Integer> counts = new HashMap<>();
    cut.forEach(c -> counts.merge(c, 1, Integer::sum));
    Set<String> taken = new HashSet<>();
    for (String c : cut) {
      if (counts.get(c) == 1) {
        taken.add(c);
      }
    }
    List<String> out = new ArrayList<>(cut.size());
    for (int i = 0; i < cut.size(); i++) {
      String label = cut.get(i);
      if (counts.get(label) > 1) {
        String suffix = " #" + (i + 1);
        label = truncate(raw.get(i), max - suffix.length()) + suffix;
        while (taken.contains(label)) {
          label = label + "'";
        }
        taken.add(label);
      }
      out.add(label);
    }
    return out;
  }
}
