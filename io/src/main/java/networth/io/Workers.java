package networth.io;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read or write a large map's parts side by side: daemons (a reader that fails
 * never keeps the process alive), named for what they do, and a way to wait until none runs.
 */
public final class Workers {

  private Workers() {}

  /** A pool of {@code threads} daemon threads named {@code name 1}, {@code name 2}… */
  public static ExecutorService daemons(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        task -> {
          Thread t = new Thread(task, name + " " + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Returns once no thread of {@code pool} (shut down already) runs any more, however long that
   * takes: what they read may change from then on. An interrupt meanwhile is kept for the caller.
   */
  public static void awaitStopped(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
