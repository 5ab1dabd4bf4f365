package io.shockfolio.chart;

import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Impacts;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Some of a result's impacts, by position, as an unmodifiable list that makes each impact only
 * when asked: the holdings a chart leaves in its {@code others} bar may be a million.
 */
final class ImpactView extends AbstractList<HoldingImpact> implements RandomAccess {

  private final Impacts impacts;
  private final int[] positions;

  ImpactView(Impacts impacts, int[] positions) {
    this.impacts = impacts;
    this.positions = positions;
  }

  @Override
  public HoldingImpact get(int k) {
    return impacts.get(positions[k]);
  }

  @Override
  public int size() {
    return positions.length;
  }

  double pnl(int k) {
    return impacts.pnl(positions[k]);
  }

  boolean isEstimated(int k) {
    return impacts.isEstimated(positions[k]);
  }

  /** The impacts of these positions among the ones seen. */
  ImpactView select(int[] among) {
    int[] out = new int[among.length];
    for (int k = 0; k < among.length; k++) {
      out[k] = positions[among[k]];
    }
    return new ImpactView(impacts, out);
  }
}
