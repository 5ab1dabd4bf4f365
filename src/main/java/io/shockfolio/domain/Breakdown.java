package io.shockfolio.domain;

/**
 * A group of holdings in a result, such as a sector, with its totals in the base currency.
 *
 * @param key the group, e.g. {@code Semiconductors}; {@code (none)} for holdings without one
 * @param valueBefore the group's value before the scenario
 * @param pnl the group's profit or loss
 * @param holdings how many holdings are in the group
 */
public record Breakdown(String key, double valueBefore, double pnl, int holdings) {

  public double valueAfter() {
    return Money.fromCents(Money.toCents(valueBefore) + Money.toCents(pnl));
  }

  /**
   * The group's P&amp;L as a fraction of its absolute value before, so a gain is positive even for
   * a group of short positions; 0 for a group worth nothing.
   */
  public double pnlPct() {
    return valueBefore == 0 ? 0 : pnl / Math.abs(valueBefore);
  }
}
