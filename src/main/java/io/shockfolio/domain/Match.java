package io.shockfolio.domain;

import java.util.Objects;

/**
 * How one holding met one shock.
 *
 * @param kind how they were tied
 * @param shock the shock, or {@code null} when {@code kind} is {@link MatchKind#NONE}
 * @param detail what tied them, for people: {@code "ISIN DE000ENER6Y0"}, {@code "ASML NA ~ ASML"}
 */
public record Match(MatchKind kind, Shock shock, String detail) {

  private static final Match NONE = new Match(MatchKind.NONE, null, "");

  public Match {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
    if ((shock == null) != (kind == MatchKind.NONE)) {
      throw new IllegalArgumentException("A match has a shock exactly when its kind is not NONE");
    }
  }

  public static Match none() {
    return NONE;
  }

  public static Match of(MatchKind kind, Shock shock, String detail) {
    return new Match(kind, Objects.requireNonNull(shock, "shock"), detail);
  }

  public boolean isMatched() {
    return kind != MatchKind.NONE;
  }

  /** The move this match applies: the shock's, or 0. */
  public double move() {
    return shock == null ? 0.0 : shock.move();
  }
}
