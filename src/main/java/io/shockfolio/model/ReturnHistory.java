package io.shockfolio.model;

import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Daily log returns of many names over one window that ends on the as-of date, on one calendar.
 *
 * <p><b>No look-ahead:</b> only closes dated on or before the as-of date are read; nothing later
 * can reach an estimate, and a series whose first close is later is left out altogether.
 *
 * <p><b>Calendars.</b> Venues close on different days (US, European and Japanese holidays). The
 * calendar is the union of every name's trading dates; a name's return on a date is the log of its
 * close over its own previous close, so a return after a holiday spans the holiday, and a name
 * has no return ({@code NaN}) on dates it did not trade. Covariances then use the dates both names
 * traded (pairwise). Names are matched on the same calendar date, which for Tokyo against New York
 * pairs a Tokyo close with the previous New York session's news only approximately.
 */
public final class ReturnHistory {

  private final LocalDate asOf;
  private final List<LocalDate> dates;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<double[]> returns = new ArrayList<>();

  private final int window;

  private ReturnHistory(LocalDate asOf, List<LocalDate> dates, int window) {
    this.window = window;
    this.asOf = asOf;
    this.dates = List.copyOf(dates);
  }

  /**
   * The returns of every series in {@code history} over the last {@code window} calendar dates up
   * to and including {@code asOf}.
   */
  public static ReturnHistory of(PriceHistory history, LocalDate asOf, int window) {
    if (window < 2) {
      throw new IllegalArgumentException("Expected a window of at least 2 days, but found " + window);
    }
    TreeSet<LocalDate> calendar = new TreeSet<>();
    for (PriceSeries s : history.series()) {
      for (LocalDate d : s.dates()) {
        if (d.isAfter(asOf)) {
          break;
        }
        calendar.add(d);
      }
    }
    List<LocalDate> all = new ArrayList<>(calendar);
    // the first calendar date has no previous close for anyone: returns start on the second
    List<LocalDate> dates = all.size() <= 1 ? List.of() : all.subList(Math.max(1, all.size() - window), all.size());
    ReturnHistory r = new ReturnHistory(asOf, dates, window);
    Map<LocalDate, Integer> pos = new HashMap<>();
    for (int i = 0; i < dates.size(); i++) {
      pos.put(dates.get(i), i);
    }
    for (PriceSeries s : history.series()) {
      if (s.size() == 0 || s.dates().get(0).isAfter(asOf)) {
        // a series that starts after the as-of date did not exist then: not even its name is known
        continue;
      }
      double[] ret = new double[dates.size()];
      Arrays.fill(ret, Double.NaN);
      List<LocalDate> sd = s.dates();
      double[] c = s.closes();
      for (int i = 1; i < sd.size() && !sd.get(i).isAfter(asOf); i++) {
        Integer p = pos.get(sd.get(i));
        if (p != null) {
          ret[p] = Math.log(c[i] / c[i - 1]);
        }
      }
      r.index.put(s.ticker(), r.names.size());
      r.names.add(s.ticker());
      r.returns.add(ret);
    }
    return r;
  }

  /** The last date whose closes were used. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The return dates, oldest first. */
  public List<LocalDate> dates() {
    return dates;
  }

  /** The tickers, in history order. */
  public List<String> names() {
    return names;
  }

  public boolean contains(String ticker) {
    return index.containsKey(ticker.toUpperCase(Locale.ROOT));
  }

  /** A name's returns on the calendar ({@code NaN} where it did not trade); the array must not be changed. */
  public Optional<double[]> returns(String ticker) {
    Integer i = index.get(ticker.toUpperCase(Locale.ROOT));
    return i == null ? Optional.empty() : Optional.of(returns.get(i));
  }

  /** The number of the window's dates on which a name has a return, 0 for an unknown name. */
  public int observed(String ticker) {
    return returns(ticker).map(r -> {
      int n = 0;
      for (double x : r) {
        if (!Double.isNaN(x)) {
          n++;
        }
      }
      return n;
    }).orElse(0);
  }

  /**
   * The share of the requested window on which a name has a return, 0 for an unknown name: a
   * history shorter than the window covers it only partly, however complete it is.
   */
  public double coverage(String ticker) {
    return returns(ticker).map(r -> {
      int n = 0;
      for (double x : r) {
        if (!Double.isNaN(x)) {
          n++;
        }
      }
      return (double) n / Math.max(window, r.length);
    }).orElse(0.0);
  }

  /**
   * The last trading date strictly before {@code date} in {@code history}: the default as-of date
   * for an event on {@code date}.
   */
  public static Optional<LocalDate> lastDateBefore(PriceHistory history, LocalDate date) {
    LocalDate best = null;
    for (PriceSeries s : history.series()) {
      List<LocalDate> d = s.dates();
      int i = java.util.Collections.binarySearch(d, date);
      int before = (i >= 0 ? i : -i - 1) - 1;
      if (before >= 0 && (best == null || d.get(before).isAfter(best))) {
        best = d.get(before);
      }
    }
    return Optional.ofNullable(best);
  }
}
