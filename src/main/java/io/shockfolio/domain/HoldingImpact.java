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
 * @param estimate the model's estimate when no shock gave the price move, else {@code null}
 * @param valueBefore value in the base currency before the scenario
 * @param pnl profit or loss in the base currency
 * @param pnlLocal profit or loss in the holding's currency, from the price move alone
 */
public record HoldingImpact(
    Holding holding,
    Match price,
    Match fx,
    Method method,
    Estimate estimate,
    double valueBefore,
    double pnl,
    double pnlLocal) {

  public HoldingImpact {
    Objects.requireNonNull(holding, "holding");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(fx, "fx");
    Objects.requireNonNull(method, "method");
  }

  /** The price move as a fraction: the shock's, else the estimate's, else 0. */
  public double move() {
    if (price.isMatched()) {
      return price.move();
    }
    return estimate == null ? 0.0 : estimate.move();
  }

  /** Whether a model estimated this holding's move. */
  public boolean isEstimated() {
    return !price.isMatched() && estimate != null;
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
    if (price.isMatched()) {
      return price.kind();
    }
    return estimate != null ? MatchKind.MODEL : fx.kind();
  }

  /** Whether any shock reached this holding. */
  public boolean isMatched() {
    return price.isMatched() || fx.isMatched() || estimate != null;
  }

  /** One sentence saying why this holding moved as it did. */
  public String explain() {
    return explain(estimate == null ? "" : estimate.inputs());
  }

  /**
   * {@link #explain()} with other words for what an estimate rests on, such as a reference to
   * another holding's explanation where many holdings share one long list of inputs.
   */
  public String explain(String estimateInputs) {
    String label = holding.label();
    if (isEstimated()) {
      StringBuilder sb = new StringBuilder(label).append(": ").append(Percent.format(estimate.move()))
          .append(" estimated by the ").append(estimate.method().label()).append(" model");
      if (estimate.hasBand()) {
        sb.append(" (90% band ").append(Percent.format(estimate.lower())).append(" to ")
            .append(Percent.format(estimate.upper())).append(')');
      }
      sb.append(" from ").append(estimateInputs);
      if (fx.isMatched()) {
        sb.append("; ").append(Percent.format(fx.shock().move())).append(" from ").append(fx.shock().target());
      }
      return sb.toString();
    }
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
