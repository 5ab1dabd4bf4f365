package io.shockfolio.io;

/** What the readers and writers need of threads beyond the JDK's. */
public final class Threads {

  private Threads() {}

  /**
   * Waits for {@code thread} to end, even when this thread is interrupted meanwhile, and then keeps
   * the interrupt for the caller: for a writer or reader whose files must be settled (a temporary
   * file registered or removed, a reader closed) before the caller goes on.
   */
  public static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
