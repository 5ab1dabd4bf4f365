package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadsTest {

  @Test
  void anInterruptDoesNotCutTheWaitShortAndIsKeptForTheCaller() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Thread worker = new Thread(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    worker.start();
    Thread.currentThread().interrupt(); // the first join throws at once; the wait must go on

    Thread releaser = new Thread(release::countDown);
    releaser.start();
    Threads.joinUninterruptibly(worker);

    assertThat(worker.isAlive()).as("the worker had ended when the join returned").isFalse();
    assertThat(Thread.interrupted()).as("the interrupt is kept, and cleared here").isTrue();
    releaser.join();
  }
}
