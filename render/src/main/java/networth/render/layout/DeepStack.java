package networth.render.layout;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a computation on a thread of its own with a deep stack. ELK's layered algorithm recurses
 * once per node along a path when it splits a graph into components ({@code
 * ComponentsProcessor.dfs}) and once per block when it compacts ({@code BKCompactor.placeBlock}),
 * so a chain of a few thousand nodes, or a node with thousands of links, overflows the 1 MiB a Java
 * thread gets by default. The stack is reserved, not committed: memory is used only as deep as the
 * recursion goes.
 */
final class DeepStack {

  /** The stack reserved: a thousand times the default, enough for chains of millions of nodes. */
  static final long BYTES = 1L << 30;

  private DeepStack() {}

  /** What {@code work} returns, computed on a deep-stacked thread; what it throws, rethrown. */
  static <T> T call(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(work.get());
              } catch (Throwable e) {
                // Handed back to the caller, on its own thread.
                failure.set(e);
              }
            },
            "layout",
            BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        // The layout cannot be stopped half way; wait for it and keep the interrupt for later.
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException r) {
      throw r;
    }
    if (e instanceof Error error) {
      throw error;
    }
    if (e != null) {
      throw new IllegalStateException(e);
    }
    return result.get();
  }
}
