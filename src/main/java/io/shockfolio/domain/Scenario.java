package io.shockfolio.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of shocks for one event date.
 *
 * @param name short identifier, e.g. {@code deepseek-2025-01-27}
 * @param date the event date the moves belong to
 * @param description one line for people
 * @param shocks the shocks; no target appears twice
 * @param severity the factor every move has been scaled by (1 for the moves as reported)
 */
public record Scenario(String name, LocalDate date, String description, List<Shock> shocks, double severity) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    shocks = List.copyOf(shocks);
    if (!(severity >= 0) || !Double.isFinite(severity)) {
      throw new IllegalArgumentException("Expected a severity >= 0, but found " + severity);
    }
    Set<ShockTarget> seen = new HashSet<>(); // a set: a scenario of a thousand shocks needs no million comparisons
    for (Shock s : shocks) {
      if (!seen.add(s.target())) {
        throw new IllegalArgumentException(
            "Scenario '" + name + "' names target " + s.target() + " twice");
      }
    }
  }

  public static Scenario of(String name, LocalDate date, String description, List<Shock> shocks) {
    return new Scenario(name, date, description, shocks, 1.0);
  }

  /** The same scenario with every move multiplied by {@code factor} (on top of any earlier scaling). */
  public Scenario scaled(double factor) {
    if (!(factor >= 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException("Expected a severity >= 0, but found " + factor);
    }
    List<Shock> scaled = shocks.stream().map(s -> s.scaled(factor)).toList();
    return new Scenario(name, date, description, scaled, severity * factor);
  }

  /** The shock aimed at exactly this target, if any. */
  public Optional<Shock> shockFor(ShockTarget target) {
    return shocks.stream().filter(s -> s.target().equals(target)).findFirst();
  }
}
