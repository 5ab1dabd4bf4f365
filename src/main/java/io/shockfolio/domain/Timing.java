package io.shockfolio.domain;

import java.util.Locale;
import java.util.Optional;

/** When a reported move was measured. A close-to-close move and a pre-market move of the same day can differ a lot. */
public enum Timing {
  /** Close of the previous trading day to the close of the event day. */
  CLOSE("close"),
  /** Some time during the event day's session, as reported before the close. */
  INTRADAY("intraday"),
  /** Before the regular session opened, from pre-market or futures trading. */
  PRE_MARKET("pre-market");

  private final String label;

  Timing(String label) {
    this.label = label;
  }

  /** The word used in scenario files: {@code close}, {@code intraday} or {@code pre-market}. */
  public String label() {
    return label;
  }

  /** Parses the scenario-file word, ignoring case, spaces and the {@code -}/{@code _} spelling. */
  public static Optional<Timing> parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (Timing t : values()) {
      if (t.label.equals(key) || t.label.replace("-", "").equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
