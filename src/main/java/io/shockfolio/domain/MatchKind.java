package io.shockfolio.domain;

/** How a holding was tied to the shock that moved it, from the surest way to the loosest. */
public enum MatchKind {
  /** Same ISIN, in the file or through the instrument reference list. */
  ISIN("ISIN"),
  /** Same ticker once venue suffixes and prefixes are set aside ({@code ASML.AS}, {@code ASML NA}). */
  SYMBOL("symbol"),
  /** Same company name once legal-form words are set aside. */
  NAME("name"),
  /** A {@code sector:} shock of the scenario. */
  SECTOR("sector"),
  /** A {@code currency:} shock: an exchange-rate move. */
  CURRENCY("currency"),
  /** Not reported: estimated by a model from the reported moves. */
  MODEL("model"),
  /** The scenario's {@code *} shock for everything else. */
  DEFAULT("default"),
  /** No shock applies. */
  NONE("none");

  private final String label;

  MatchKind(String label) {
    this.label = label;
  }

  /** The word used in tables and in JSON's {@code matchedBy}. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
