package io.shockfolio.domain;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The ISO 4217 currency codes the JDK knows, so a typo such as {@code EURO} or {@code ZZZ} is caught. */
public final class Currencies {

  private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
      .map(Currency::getCurrencyCode)
      .collect(Collectors.toUnmodifiableSet());

  private Currencies() {}

  /** Whether {@code code} is an ISO 4217 code, e.g. {@code EUR}. */
  public static boolean isKnown(String code) {
    return CODES.contains(code);
  }
}
