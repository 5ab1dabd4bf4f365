package io.shockfolio.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Price series of many instruments, as read from one or more history files, with what the
 * reader noticed (duplicate dates, filler rows, the column used).
 *
 * @param series one per ticker
 * @param notes what the user should know, each naming its file
 */
public record PriceHistory(List<PriceSeries> series, List<String> notes) {

  public PriceHistory {
    series = List.copyOf(series);
    notes = List.copyOf(notes);
    Map<String, PriceSeries> seen = new LinkedHashMap<>();
    for (PriceSeries s : series) {
      PriceSeries earlier = seen.putIfAbsent(s.ticker(), s);
      if (earlier != null) {
        throw new IllegalArgumentException("Ticker " + s.ticker() + " has prices in both " + earlier.source()
            + " and " + s.source());
      }
    }
  }

  /** The series of a ticker, ignoring case. */
  public Optional<PriceSeries> get(String ticker) {
    String t = ticker.toUpperCase(Locale.ROOT);
    return series.stream().filter(s -> s.ticker().equals(t)).findFirst();
  }

  /** This history and {@code other}'s together. */
  public PriceHistory plus(PriceHistory other) {
    List<PriceSeries> all = new java.util.ArrayList<>(series);
    all.addAll(other.series);
    List<String> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(other.notes);
    return new PriceHistory(all, allNotes);
  }
}
