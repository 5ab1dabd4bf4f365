package io.shockfolio.domain;

/** Where a holding's move came from. */
public enum Method {
  /** A move the scenario reports for this very instrument. */
  REPORTED("reported"),
  /** A rule written in the scenario: a {@code sector:} or {@code *} shock. */
  SCENARIO_RULE("scenario rule"),
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
