package io.shockfolio.domain;

import java.util.Objects;

/**
 * One reported move with its provenance.
 *
 * <p>A move is a decimal fraction of the price: {@code -0.17} is -17% and multiplies the price by
 * 0.83. A move must stay above -100% (a price cannot fall below zero), and a move above +100% is
 * only accepted when it is marked as intended, since in a hand-written file it is far more often
 * a typo ({@code 17} for {@code 17%}).
 *
 * @param target what the move applies to
 * @param move the move as a fraction, above -1
 * @param measured when the move was measured
 * @param source who reported it, and where (outlet and article)
 * @param note free text, may be empty
 * @param intended whether a move above +100% was confirmed as meant
 */
public record Shock(
    ShockTarget target, double move, Timing measured, String source, String note, boolean intended) {

  public Shock {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
    checkMove(move, intended);
  }

  /** A shock measured close-to-close with the given source. */
  public static Shock of(ShockTarget target, double move, String source) {
    return new Shock(target, move, Timing.CLOSE, source, "", false);
  }

  public static Shock of(ShockTarget target, double move, Timing measured, String source) {
    return new Shock(target, move, measured, source, "", false);
  }

  /**
   * Checks a move and returns it.
   *
   * @throws IllegalArgumentException naming the value when the move is not finite, at or below
   *     -100%, or above +100% without being marked as intended
   */
  public static double checkMove(double move, boolean intended) {
    if (!Double.isFinite(move)) {
      throw new IllegalArgumentException("Expected a finite move, but found " + move);
    }
    if (move <= -1.0) {
      throw new IllegalArgumentException(
          "Expected a move above -100%, but found " + Percent.format(move)
              + ": a price cannot fall to zero or below");
    }
    if (move > 1.0 && !intended) {
      throw new IllegalArgumentException(
          "Expected a move of at most +100%, but found " + Percent.format(move)
              + "; mark it as intended if it is meant");
    }
    return move;
  }

  /**
   * The same shock with its move multiplied by {@code severity}: 0.5 halves every move, 2 doubles
   * it. Scaling is linear, so -17% at severity 2 is -34%.
   *
   * @throws IllegalArgumentException when the scaled move falls to -100% or below
   */
  public Shock scaled(double severity) {
    double scaled = move * severity;
    if (scaled <= -1.0) {
      throw new IllegalArgumentException(
          "Severity " + severity + " turns the move of " + target + " (" + Percent.format(move)
              + ") into " + Percent.format(scaled) + ", at or below -100%");
    }
    return new Shock(target, scaled, measured, source, note, intended || scaled > 1.0);
  }
}
