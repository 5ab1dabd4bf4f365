package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The memory checks, with the numbers given rather than a giant file. */
class LimitedReaderTest {

  @Test
  void aHeapMoreThanNinetyPercentInUseIsNearlyFull() {
    // 900 of 1,000 is 90%: not yet; 901 is past it
    assertThat(LimitedReader.nearlyFull(1000, 900)).isFalse();
    assertThat(LimitedReader.nearlyFull(1000, 901)).isTrue();
  }

  @Test
  void aFileReadWholeNeedsSixTimesItsSizeInFreeMemory() {
    // 100 MB needs 600 MB free
    assertThat(TextFiles.fitsInMemory(100L << 20, 600L << 20)).isTrue();
    assertThat(TextFiles.fitsInMemory(100L << 20, (600L << 20) - 6)).isFalse();
  }

  @Test
  void theMessageNamesTheMemoryJavaMayUse() {
    assertThat(LimitedReader.outOfMemory(4L << 30)).isEqualTo("the file does not fit in the memory Java may use"
        + " (4 GB); expected a smaller file, or start Java with more memory (e.g. java -Xmx8g -jar shockfolio.jar …)");
  }
}
