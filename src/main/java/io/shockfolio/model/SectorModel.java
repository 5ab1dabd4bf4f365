package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Method;
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
 * move counts for the sector the reference list gives its instrument. Sectors compare ignoring
 * case, accents, spaces and punctuation. There is no band: an average says nothing about spread.
 */
public final class SectorModel implements Propagation {

  private record Reported(String label, double move) {}

  private final Map<String, List<Reported>> bySector = new LinkedHashMap<>();
  private final Map<String, String> sectorNames = new LinkedHashMap<>();

  /** The reported moves of {@code scenario}, grouped by the sector of the instruments they name. */
  public SectorModel(Scenario scenario, InstrumentRegistry registry) {
    for (Shock s : scenario.shocks()) {
      ShockTarget t = s.target();
      if (t.kind() != ShockTarget.Kind.SYMBOL && t.kind() != ShockTarget.Kind.ISIN) {
        continue;
      }
      registry.resolve(t).filter(ri -> "equity".equals(ri.kind()) && !ri.sector().isEmpty()).ifPresent(ri -> {
        String key = key(ri.sector());
        sectorNames.putIfAbsent(key, ri.sector());
        bySector.computeIfAbsent(key, k -> new ArrayList<>()).add(new Reported(t.toString(), s.move()));
      });
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
