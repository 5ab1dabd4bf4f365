package io.shockfolio.chart;

import io.shockfolio.domain.SafeText;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/** The words on the charts: titles, subtitles and category labels. */
public final class ChartText {

  /** Category labels longer than this are cut and end in {@value #ELLIPSIS}. */
  public static final int MAX_LABEL_LENGTH = 22;

  static final String ELLIPSIS = "…";

  private ChartText() {}

  /** The longest source line, in characters, before the rest is counted as "and N more". */
  static final int MAX_SOURCE_LENGTH = 110;

  /** {@code "<portfolio> — <scenario> (<date>)"}, e.g. {@code "degiro — deepseek-2025-01-27 (2025-01-27)"}. */
  public static String title(ScenarioResult result) {
    Objects.requireNonNull(result, "result");
    return result.portfolio().name() + " — " + result.scenario().name()
        + " (" + result.scenario().date() + ")";
  }

  /** {@code "<portfolio> — <n> scenarios"}, or the one result's {@link #title(ScenarioResult)}. */
  public static String title(List<ScenarioResult> results) {
    if (results.size() == 1) {
      return title(results.get(0));
    }
    Set<String> portfolios = new LinkedHashSet<>();
    results.forEach(r -> portfolios.add(r.portfolio().name()));
    return String.join(", ", portfolios) + " — " + results.size() + " scenarios";
  }

  /**
   * Where the moves come from, short: {@code "Sources: heise+ · The Market (themarket.ch)"}. Each
   * source is cut at its first comma; repeats are dropped; beyond {@value #MAX_SOURCE_LENGTH}
   * characters the rest is counted ({@code "· 2 more"}). Empty when no shock names a source.
   */
  public static String sources(List<ScenarioResult> results) {
    Set<String> names = new LinkedHashSet<>();
    for (ScenarioResult r : results) {
      for (Shock s : r.scenario().shocks()) {
        String shortName = shortSource(s.source());
        if (!shortName.isEmpty()) {
          names.add(shortName);
        }
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(names.size() == 1 ? "Source: " : "Sources: ");
    int shown = 0;
    for (String n : names) {
      String sep = shown == 0 ? "" : " · ";
      int left = names.size() - shown - 1;
      String more = left > 0 ? " · " + left + " more" : "";
      if (shown > 0 && sb.length() + sep.length() + n.length() + more.length() > MAX_SOURCE_LENGTH) {
        sb.append(" · ").append(names.size() - shown).append(" more");
        return sb.toString();
      }
      sb.append(sep).append(shown == 0 ? truncate(n, MAX_SOURCE_LENGTH - 20) : n);
      shown++;
    }
    return sb.toString();
  }

  /**
   * A source up to its first comma or parenthesis, without quotes: {@code heise+}, {@code Chinas
   * KI-Blockbuster}, {@code The Market}.
   */
  static String shortSource(String source) {
    String s = source == null ? "" : source.strip();
    for (String cut : new String[] {", ", " ("}) {
      int at = s.indexOf(cut);
      if (at > 0) {
        s = s.substring(0, at);
      }
    }
    s = s.replace("\"", "").strip();
    return s;
  }

  /**
   * Sets the chart's title and puts, under it, the sources line and the {@link #subtitle method line}.
   * Returns the same chart.
   */
  public static JFreeChart titled(JFreeChart chart, ScenarioResult result, Locale locale) {
    return titled(chart, title(result), sources(List.of(result)), subtitle(result, locale));
  }

  /** For a chart of several scenarios: their portfolio, sources and model. */
  public static JFreeChart titled(JFreeChart chart, List<ScenarioResult> results, Locale locale) {
    if (results.size() == 1) {
      return titled(chart, results.get(0), locale);
    }
    // the scenarios are named in the chart itself (legend, columns); the line says how they were applied
    Set<String> models = new LinkedHashSet<>();
    results.forEach(r -> models.add(method(r.model())));
    return titled(chart, title(results), sources(results), String.join("; ", models));
  }

  private static JFreeChart titled(JFreeChart chart, String title, String sources, String method) {
    chart.setTitle(new TextTitle(SafeText.printable(title), ChartTheme.TITLE_FONT));
    int at = 0;
    if (!sources.isEmpty()) {
      chart.addSubtitle(at++, new TextTitle(SafeText.printable(sources)));
    }
    chart.addSubtitle(at, new TextTitle(method));
    return chart;
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

  /**
   * {@code text} cut to {@code max} characters, the last being {@value #ELLIPSIS}, when longer;
   * characters that hide or turn text around are spaces ({@link SafeText#printable}).
   */
  static String truncate(String text, int max) {
    String t = SafeText.printable(text).strip();
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
