package io.shockfolio.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Exchange rates, each written {@code USD/EUR=0.96}: one US dollar is worth 0.96 euros. A rate
 * also serves the other way round (EUR/USD = 1/0.96), and one step through a third currency is
 * allowed (CHF to EUR through USD when CHF/USD and USD/EUR are known).
 */
public final class FxRates {

  private static final FxRates NONE = new FxRates(Map.of());

  private final Map<String, Double> rates;

  private FxRates(Map<String, Double> rates) {
    this.rates = Map.copyOf(rates);
  }

  public static FxRates none() {
    return NONE;
  }

  /**
   * Rates keyed {@code FROM/TO}.
   *
   * @throws IllegalArgumentException naming the pair when a key is not two currency codes or a rate is not positive
   */
  public static FxRates of(Map<String, Double> rates) {
    Map<String, Double> checked = new LinkedHashMap<>();
    rates.forEach((pair, rate) -> {
      String key = pair.trim().toUpperCase(Locale.ROOT);
      if (!key.matches("[A-Z]{3}/[A-Z]{3}")) {
        throw new IllegalArgumentException("Expected a currency pair such as USD/EUR, but found '" + pair + "'");
      }
      if (!(rate > 0) || !Double.isFinite(rate)) {
        throw new IllegalArgumentException("Expected a positive rate for " + key + ", but found " + rate);
      }
      String[] ccy = key.split("/");
      if (ccy[0].equals(ccy[1])) {
        throw new IllegalArgumentException("Expected two different currencies, but found " + key);
      }
      if (checked.containsKey(ccy[1] + "/" + ccy[0])) {
        throw new IllegalArgumentException("Expected one rate per pair, but found both " + ccy[1] + "/" + ccy[0]
            + " and " + key + "; give one of them");
      }
      checked.put(key, rate);
    });
    return new FxRates(checked);
  }

  /** These rates, with {@code other}'s filling pairs these do not have in either direction. */
  public FxRates orElse(FxRates other) {
    Map<String, Double> merged = new LinkedHashMap<>(rates);
    other.rates.forEach((pair, rate) -> {
      String[] c = pair.split("/");
      if (!rates.containsKey(pair) && !rates.containsKey(c[1] + "/" + c[0])) {
        merged.put(pair, rate);
      }
    });
    return new FxRates(merged);
  }

  /** Units of {@code to} per unit of {@code from}, if known directly, inverted or through one other currency. */
  public OptionalDouble rate(String from, String to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      return OptionalDouble.of(1.0);
    }
    OptionalDouble direct = direct(from, to);
    if (direct.isPresent()) {
      return direct;
    }
    for (String pair : rates.keySet()) {
      for (String via : pair.split("/")) {
        if (!via.equals(from) && !via.equals(to)) {
          OptionalDouble a = direct(from, via);
          OptionalDouble b = direct(via, to);
          if (a.isPresent() && b.isPresent()) {
            return OptionalDouble.of(a.getAsDouble() * b.getAsDouble());
          }
        }
      }
    }
    return OptionalDouble.empty();
  }

  public Map<String, Double> asMap() {
    return rates;
  }

  private OptionalDouble direct(String from, String to) {
    Double r = rates.get(from + "/" + to);
    if (r != null) {
      return OptionalDouble.of(r);
    }
    Double inverse = rates.get(to + "/" + from);
    return inverse != null ? OptionalDouble.of(1.0 / inverse) : OptionalDouble.empty();
  }
}
