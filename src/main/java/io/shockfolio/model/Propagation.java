package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.ReferenceInstrument;
import java.util.List;
import java.util.Optional;

/**
 * Estimates the moves of holdings the news did not name, from the moves it did. One instance
 * serves one scenario. The {@link #none()} propagation estimates nothing: unnamed holdings stay
 * where they are, or take the scenario's {@code *} move.
 */
public interface Propagation {

  /** The model's name as the user selects it: {@code none}, {@code sector}, {@code beta}, {@code conditional}. */
  String name();

  /**
   * The estimated move of a holding no shock named, or empty when this model cannot estimate it
   * (no price history, no sector).
   *
   * @param holding the holding
   * @param reference the reference-list instrument it resolved to, if any
   */
  Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference);

  /** Why a holding got no estimate, for the fallback note; empty when it did or the model has no reason. */
  default Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
    return Optional.empty();
  }

  /** What the user should know about this model's run: the window, names left out, proxies. */
  default List<String> notes() {
    return List.of();
  }

  /** No estimates. */
  static Propagation none() {
    return new Propagation() {
      @Override
      public String name() {
        return "none";
      }

      @Override
      public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
        return Optional.empty();
      }
    };
  }

  /**
   * The first model's estimate, else the second's; a holding that falls back says from which
   * model and why ("conditional → sector: no price history for SAP.DE").
   */
  static Propagation fallback(Propagation first, Propagation second) {
    return new Propagation() {
      @Override
      public String name() {
        return first.name();
      }

      @Override
      public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
        Optional<Estimate> e = first.estimate(holding, reference);
        if (e.isPresent()) {
          return e;
        }
        String why = first.whyNot(holding, reference).orElse("no estimate");
        return second.estimate(holding, reference)
            .map(s -> s.withInputs(s.inputs() + " (fell back from " + first.name() + ": " + why + ")"));
      }

      @Override
      public Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
        Optional<String> a = first.whyNot(holding, reference);
        Optional<String> b = second.whyNot(holding, reference);
        return a.isPresent() && b.isPresent() ? Optional.of(a.get() + "; " + b.get()) : a.or(() -> b);
      }

      @Override
      public List<String> notes() {
        List<String> all = new java.util.ArrayList<>(first.notes());
        all.addAll(second.notes());
        return all;
      }
    };
  }
}
