package io.shockfolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * The holdings read from one file, and what the reader noticed on the way.
 *
 * @param name a short name for titles, usually the file name without extension
 * @param source where the holdings came from (a file name, or {@code bundled:sample})
 * @param holdings the positions, in file order; kept in columns ({@link Holdings}) however given
 * @param notes what the reader did that the user should know: skipped preamble and footer lines,
 *     summed repeats, zero-value lines, an encoding fallback, skipped bad rows; each names its lines
 */
public record Portfolio(String name, String source, List<Holding> holdings, List<String> notes) {

  public Portfolio {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    holdings = Holdings.of(holdings);
    notes = List.copyOf(notes);
  }

  /** The currencies the holdings are priced in, in order of first appearance. */
  public List<String> currencies() {
    return columns().currencies();
  }

  /** The holdings as columns, for loops over many of them that need a few of their fields. */
  public Holdings columns() {
    return (Holdings) holdings;
  }
}
