package io.shockfolio.bench;

import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The generated inputs of the benchmarks, the same on every run (fixed seeds, no files).
 *
 * <ul>
 *   <li>A portfolio is CSV text {@code symbol,quantity,price,sector}: holding {@code i} is symbol
 *       {@code H} plus {@code i} in six digits ({@code H000000}, {@code H000001}, …), quantity
 *       {@code 1 + (7i mod 500)}, price {@code 10.25 + (13i mod 990)}, and one of eleven sector names in
 *       turn. No currency column: the reader takes USD and says so in a note.
 *   <li>A scenario of {@code n} shocks moves the symbols {@code H000000} … of the first {@code n}
 *       holdings, by {@code -(1 + j mod 30)%}, so each shock matches exactly one holding.
 *   <li>Returns follow one factor: {@code r[i][t] = b_i f_t + e_it} with {@code f ~ N(0, 1%)},
 *       {@code e ~ N(0, 1.5%)} and {@code b_i} uniform in [0.5, 1.5]; the sample correlation of two
 *       names is therefore about 0.3 and every covariance matrix is well conditioned.
 *   <li>A price history is the same returns turned into closes from 100, on weekdays from
 *       5 January 2015, one series per name {@code T1}, {@code T2}, ….
 * </ul>
 */
final class Inputs {

  static final String[] SECTORS = {"Information Technology", "Health Care", "Financials", "Consumer Discretionary",
      "Communication Services", "Industrials", "Consumer Staples", "Energy", "Utilities", "Real Estate",
      "Materials"};

  private Inputs() {}

  static String symbol(int i) {
    return String.format(Locale.ROOT, "H%06d", i);
  }

  /** A portfolio file of {@code rows} holdings, as described in the class comment. */
  static String portfolioCsv(int rows) {
    StringBuilder sb = new StringBuilder(rows * 40);
    sb.append("symbol,quantity,price,sector\n");
    for (int i = 0; i < rows; i++) {
      sb.append(symbol(i)).append(',').append(1 + (7 * i) % 500).append(',').append(10 + (13 * i) % 990)
          .append(".25,").append(SECTORS[i % SECTORS.length]).append('\n');
    }
    return sb.toString();
  }

  /** A scenario of {@code n} shocks on the first {@code n} holdings' symbols. */
  static Scenario scenario(int n) {
    List<Shock> shocks = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      shocks.add(Shock.of(ShockTarget.symbol(symbol(j)), -(1 + j % 30) / 100.0, "generated"));
    }
    return Scenario.of("generated-" + n, LocalDate.of(2025, 1, 27), "generated shocks", shocks);
  }

  /** {@code returns[name][day]}: daily log returns of {@code names} names over {@code days} days, one factor. */
  static double[][] returns(int names, int days, long seed) {
    Random random = new Random(seed);
    double[] factor = new double[days];
    for (int t = 0; t < days; t++) {
      factor[t] = 0.01 * random.nextGaussian();
    }
    double[][] r = new double[names][days];
    for (int i = 0; i < names; i++) {
      double beta = 0.5 + random.nextDouble();
      for (int t = 0; t < days; t++) {
        r[i][t] = beta * factor[t] + 0.015 * random.nextGaussian();
      }
    }
    return r;
  }

  /** The first {@code days + 1} weekdays from 5 January 2015. */
  static List<LocalDate> weekdays(int count) {
    List<LocalDate> dates = new ArrayList<>(count);
    LocalDate d = LocalDate.of(2015, 1, 5);
    while (dates.size() < count) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(d);
      }
      d = d.plusDays(1);
    }
    return dates;
  }

  /** Closes of {@code names} series {@code T1} … over {@code days + 1} weekdays: {@code days} returns each. */
  static PriceHistory prices(int names, int days, long seed) {
    double[][] r = returns(names, days, seed);
    List<LocalDate> dates = weekdays(days + 1);
    List<PriceSeries> series = new ArrayList<>(names);
    for (int i = 0; i < names; i++) {
      double[] closes = new double[days + 1];
      closes[0] = 100;
      for (int t = 0; t < days; t++) {
        closes[t + 1] = closes[t] * Math.exp(r[i][t]);
      }
      series.add(new PriceSeries("T" + (i + 1), dates, closes, "Close", "generated"));
    }
    return new PriceHistory(series, List.of());
  }
}
