package io.shockfolio.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Daily closing prices of one instrument, oldest first, one price per date.
 *
 * <p>The price array is owned by the series: callers must not change it.
 *
 * @param ticker the ticker, upper case, e.g. {@code NVDA}
 * @param dates the trading dates, strictly increasing
 * @param closes the close on each date (adjusted where the file had an adjusted close), all positive
 * @param column the file column the prices came from, e.g. {@code Adj Close}
 * @param source the file, for messages
 */
public record PriceSeries(String ticker, List<LocalDate> dates, double[] closes, String column, String source) {

  public PriceSeries {
    Objects.requireNonNull(ticker, "ticker");
    dates = List.copyOf(dates);
    Objects.requireNonNull(closes, "closes");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(source, "source");
    if (dates.size() != closes.length) {
      throw new IllegalArgumentException(
          "Expected one close per date, but found " + dates.size() + " dates and " + closes.length + " closes");
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!dates.get(i).isAfter(dates.get(i - 1))) {
        throw new IllegalArgumentException("Expected strictly increasing dates in " + ticker + ", but found "
            + dates.get(i - 1) + " then " + dates.get(i));
      }
    }
    for (double c : closes) {
      if (!(c > 0) || !Double.isFinite(c)) {
        throw new IllegalArgumentException("Expected positive closes in " + ticker + ", but found " + c);
      }
    }
  }

  public int size() {
    return closes.length;
  }

  /** The close on {@code date}, or {@code NaN} when the series has none that day. */
  public double closeOn(LocalDate date) {
    int i = java.util.Collections.binarySearch(dates, date);
    return i >= 0 ? closes[i] : Double.NaN;
  }
}
