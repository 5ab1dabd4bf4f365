package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The least and greatest few are those a stable sort puts first and last. */
class RankingTest {

  @Test
  void leastAndGreatestAreTheEndsOfAStableSortTiesByPosition() {
    // 3,000 keys from -3 to +3 (many ties, -0.0 beside 0.0), every third position left out
    Random random = new Random(27);
    double[] keys = new double[3_000];
    for (int i = 0; i < keys.length; i++) {
      int k = random.nextInt(7) - 3;
      keys[i] = k == 0 && random.nextBoolean() ? -0.0 : k;
    }
    List<Integer> taken = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (i % 3 != 0) {
        taken.add(i);
      }
    }
    // the definition: a stable sort of the positions taken, by key as Double.compare orders them
    taken.sort(Comparator.comparingDouble(i -> keys[i]));

    for (int k : new int[] {0, 1, 30, 2_000, 5_000}) {
      int[] least = Ranking.least(keys.length, k, i -> keys[i], i -> i % 3 != 0);
      int[] greatest = Ranking.greatest(keys.length, k, i -> keys[i], i -> i % 3 != 0);
      int m = Math.min(k, taken.size());
      assertThat(Arrays.stream(least).boxed().toList()).as("least %d", k).isEqualTo(taken.subList(0, m));
      assertThat(Arrays.stream(greatest).boxed().toList()).as("greatest %d", k)
          .isEqualTo(taken.subList(taken.size() - m, taken.size()));
    }
  }

  @Test
  void ofEqualKeysTheLeastAreTheEarliestAndTheGreatestTheLatest() {
    // five equal keys at positions 0 … 4: the two least are 0 and 1, the two greatest 3 and 4
    assertThat(Ranking.least(5, 2, i -> 7.0, i -> true)).containsExactly(0, 1);
    assertThat(Ranking.greatest(5, 2, i -> 7.0, i -> true)).containsExactly(3, 4);
  }
}
