package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Percent;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code sector} model: a holding the news did not name takes the average reported move of
 * its sector. The sector comes from the portfolio file, else from the reference list; a reported
 * move counts for the sector the reference list gives its instrument, and for the sector the
 * portfolio file gives it when the portfolio holds it. Sectors compare ignoring
 * case, accents, spaces and punctuation. There is no band: an average says nothing about spread.
 */
public final class SectorModel implements Propagation {

  private record Reported(String label, double move) {}

  private final Map<String, List<Reported>> bySector = new LinkedHashMap<>();
  private final Map<String, String> sectorNames = new LinkedHashMap<>();

  /** The reported moves of {@code scenario}, grouped by the sector of the instruments they name. */
  public SectorModel(Scenario scenario, InstrumentRegistry registry) {
    this(scenario, registry, new Portfolio("", "", List.of(), List.of()));
  }

  /**
   * The reported moves of {@code scenario}, grouped by the sector the reference list gives their
   * instruments and, where the portfolio holds a reported instrument, also by the sector its
   * file gives it (an iShares file calls Nvidia "Information Technology"), so holdings meet the
   * reported moves under the sector names their own file uses.
   */
  public SectorModel(Scenario scenario, InstrumentRegistry registry, Portfolio portfolio) {
    for (Shock s : scenario.shocks()) {
      ShockTarget t = s.target();
      if (t.kind() != ShockTarget.Kind.SYMBOL && t.kind() != ShockTarget.Kind.ISIN) {
        continue;
      }
      Optional<ReferenceInstrument> ref = registry.resolve(t);
      ref.filter(ri -> "equity".equals(ri.kind()) && !ri.sector().isEmpty())
          .ifPresent(ri -> add(ri.sector(), t.toString(), s.move()));
      Optional<SymbolKey> raw = t.kind() == ShockTarget.Kind.SYMBOL && ref.isEmpty()
          ? SymbolKey.parse(t.value()) : Optional.empty();
      for (Holding h : portfolio.holdings()) {
        String sector = h.instrument().sector();
        if (sector.isEmpty() || h.cash()) {
          continue;
        }
        boolean sameIsin = t.kind() == ShockTarget.Kind.ISIN && t.value().equals(h.instrument().isin());
        boolean same = sameIsin || (ref.isPresent()
            ? registry.resolve(h.instrument()).map(r -> r.instrument() == ref.get()).orElse(false)
            : raw.isPresent() && SymbolKey.parse(h.instrument().symbol())
                .map(k -> raw.get().canName(k, h.currency())).orElse(false));
        if (same) {
          add(sector, t.toString(), s.move());
        }
      }
    }
  }

  private void add(String sector, String label, double move) {
    String key = key(sector);
    sectorNames.putIfAbsent(key, sector);
    List<Reported> list = bySector.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.stream().noneMatch(r -> r.label().equals(label))) {
      list.add(new Reported(label, move));
    }
  }

  @Override
  public String name() {
    return "sector";
  }

  @Override
  public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
    String sector = sectorOf(holding, reference);
    List<Reported> moves = bySector.get(key(sector));
    if (sector.isEmpty() || moves == null) {
      return Optional.empty();
    }
    double mean = moves.stream().mapToDouble(Reported::move).average().orElseThrow();
    List<Estimate.Contribution> shares = moves.stream()
        .map(r -> new Estimate.Contribution(r.label(), r.move() / moves.size())).toList();
    String inputs = "the average reported move of " + sectorNames.get(key(sector)) + ": " + String.join(", ",
        moves.stream().map(r -> r.label() + " " + Percent.format(r.move())).toList());
    return Optional.of(new Estimate(mean, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE, shares, inputs));
  }

  @Override
  public Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
    String sector = sectorOf(holding, reference);
    return Optional.of(sector.isEmpty() ? "no sector" : "no reported move in sector " + sector);
  }

  private static String sectorOf(Holding holding, Optional<ReferenceInstrument> reference) {
    String own = holding.instrument().sector();
    return !own.isEmpty() ? own : reference.map(ReferenceInstrument::sector).orElse("");
  }

  private static String key(String sector) {
    return ShockEngine.groupKey(sector);
  }
}
