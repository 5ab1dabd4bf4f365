package io.shockfolio.domain;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The few positions with the least or greatest keys among many (the 30 largest losses of a million
 * holdings), picked in one pass into an array of those few, without sorting them all or boxing a
 * position.
 */
public final class Ranking {

  private Ranking() {}

  /**
   * The positions, among {@code 0 … n-1} that {@code among} takes, of the {@code k} least keys: the
   * first {@code k} of a stable sort by key ({@link Double#compare}), so of equal keys the earlier
   * positions; in that order.
   */
  public static int[] least(int n, int k, IntToDoubleFunction key, IntPredicate among) {
    int[] positions = new int[Math.max(0, k)];
    double[] keys = new double[positions.length];
    int count = 0;
    for (int i = 0; i < n && k > 0; i++) {
      if (!among.test(i)) {
        continue;
      }
      double v = key.applyAsDouble(i);
      if (count == k) {
        if (Double.compare(v, keys[k - 1]) >= 0) {
          continue; // not less than the greatest kept, and later: the usual case
        }
        count--;
      }
      insert(keys, positions, count++, v, i);
    }
    return Arrays.copyOf(positions, count);
  }

  /**
   * The positions, among {@code 0 … n-1} that {@code among} takes, of the {@code k} greatest keys:
   * the last {@code k} of a stable sort by key, so of equal keys the later positions; in that
   * sort's order (least first).
   */
  public static int[] greatest(int n, int k, IntToDoubleFunction key, IntPredicate among) {
    int[] positions = new int[Math.max(0, k)];
    double[] keys = new double[positions.length];
    int count = 0;
    for (int i = 0; i < n && k > 0; i++) {
      if (!among.test(i)) {
        continue;
      }
      double v = key.applyAsDouble(i);
      if (count == k) {
        if (Double.compare(v, keys[0]) < 0) {
          continue; // less than the least kept: the usual case
        }
        // drop the least kept; the later position wins a tie
        System.arraycopy(keys, 1, keys, 0, k - 1);
        System.arraycopy(positions, 1, positions, 0, k - 1);
        count--;
      }
      insert(keys, positions, count++, v, i);
    }
    return Arrays.copyOf(positions, count);
  }

  /**
   * Puts key {@code v} at position {@code i} into the first {@code count} entries, kept sorted by
   * key, after any equal key (so a stable order); the arrays have room for one more.
   */
  private static void insert(double[] keys, int[] positions, int count, double v, int i) {
    int j = count - 1;
    while (j >= 0 && Double.compare(keys[j], v) > 0) {
      keys[j + 1] = keys[j];
      positions[j + 1] = positions[j];
      j--;
    }
    keys[j + 1] = v;
    positions[j + 1] = i;
  }
}
