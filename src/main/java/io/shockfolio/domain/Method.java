package io.shockfolio.domain;

/** Where a holding's move came from. */
public enum Method {
  /** A move the scenario reports for this very instrument. */
  REPORTED("reported"),
  /** A rule written in the scenario: a {@code sector:}, {@code currency:} or {@code *} shock. */
  SCENARIO_RULE("scenario rule"),
  /** The average reported move of the holding's sector. */
  SECTOR_AVERAGE("sector"),
  /** The holding's beta to the reported basket (or index), times the basket's move. */
  BETA("beta"),
  /** The expected move given the reported moves, under a multivariate normal of daily log returns. */
  CONDITIONAL("conditional"),
  /** Nothing moved it (unmatched, or cash with no currency shock). */
  NOT_MOVED("none");

  private final String label;

  Method(String label) {
    this.label = label;
  }

  /** The word used in tables and in JSON's {@code method}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
