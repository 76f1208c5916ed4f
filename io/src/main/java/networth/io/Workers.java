package networth.io;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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

  /** {@code task} run on a daemon thread of its own named {@code name}, started now. */
  public static <T> FutureTask<T> started(String name, Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    Thread t = new Thread(future, name);
    t.setDaemon(true);
    t.start();
    return future;
  }

  /**
   * What a task on another thread gave, once it has: what it threw is thrown here, as it was when
   * unchecked, else in an {@link IllegalStateException}.
   */
  public static <T> T joined(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + task, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(rethrownIfUnchecked(e.getCause()));
    }
  }

  /**
   * A failure met on another thread: thrown here as it is when it is unchecked (a runtime exception
   * or an error), else returned for the caller to wrap.
   */
  public static Throwable rethrownIfUnchecked(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return cause;
  }
}
