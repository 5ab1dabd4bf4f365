package io.shockfolio.domain;

import java.util.Objects;

/**
 * What a scenario does to one holding.
 *
 * <p>The price move and the exchange-rate move compound: in the base currency the value becomes
 * {@code before × (1 + move) × (1 + fxMove)}. In the holding's own currency only the price move
 * counts. Base-currency amounts are rounded to the cent (see {@link Money}).
 *
 * @param holding the holding
 * @param price how the price move was found
 * @param fx how the exchange-rate move was found ({@link Match#none()} when none applies)
 * @param method where the price move came from
 * @param valueBefore value in the base currency before the scenario
 * @param pnl profit or loss in the base currency
 * @param pnlLocal profit or loss in the holding's currency, from the price move alone
 */
public record HoldingImpact(
    Holding holding,
    Match price,
    Match fx,
    Method method,
    double valueBefore,
    double pnl,
    double pnlLocal) {

  public HoldingImpact {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(fx, "fx");
    Objects.requireNonNull(method, "method");
  }

  /** The price move as a fraction (0 when nothing moved it). */
  public double move() {
    return price.move();
  }

  /** The exchange-rate move as a fraction (0 when none applies). */
  public double fxMove() {
    return fx.move();
  }

  /** The whole move of the value in the base currency: price and exchange rate compounded. */
  public double totalMove() {
    return Money.compound(move(), fxMove());
  }

  /** Value in the base currency after the scenario. */
  public double valueAfter() {
    return Money.fromCents(Money.toCents(valueBefore) + Money.toCents(pnl));
  }

  /** How the holding was reached: by its price shock, else by a currency shock, else {@link MatchKind#NONE}. */
  public MatchKind matchedBy() {
    return price.isMatched() ? price.kind() : fx.kind();
  }

  /** Whether any shock reached this holding. */
  public boolean isMatched() {
    return price.isMatched() || fx.isMatched();
  }

  /** One sentence saying why this holding moved as it did. */
  public String explain() {
    String label = holding.label();
    if (!isMatched()) {
      return label + ": not moved; "
          + (holding.cash() ? "cash moves only with a currency shock" : "no shock of the scenario matches it");
    }
    StringBuilder sb = new StringBuilder(label).append(": ");
    if (price.isMatched()) {
      Shock s = price.shock();
      sb.append(Percent.format(s.move())).append(" from ").append(s.target())
          .append(" (").append(s.measured()).append(", ").append(s.source()).append(')')
          .append(", matched by ").append(price.kind().label());
      if (!price.detail().isEmpty()) {
        sb.append(' ').append(price.detail());
      }
    }
    if (fx.isMatched()) {
      Shock s = fx.shock();
      if (price.isMatched()) {
        sb.append("; ");
      }
      sb.append(Percent.format(s.move())).append(" from ").append(s.target())
          .append(" (").append(s.measured()).append(", ").append(s.source()).append(')');
    }
    return sb.toString();
  }
}
