package no.dpifullmakt.browser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import no.dpifullmakt.shutdown.OrderedShutdown;

/**
 * One browser per thread, reused from scenario to scenario with a clean session in between, so
 * browser starts equal threads, not scenarios.
 */
public final class BrowserPool {

  private static final Map<Thread, Pooled> SESSIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger STARTS = new AtomicInteger();

  static {
    OrderedShutdown.register(OrderedShutdown.Phase.BROWSERS, BrowserPool::closeAtExit);
  }

  private BrowserPool() {}

  /**
   * This thread's browser, started on first use and cleaned before it is handed out again; a run
   * that asks for another kind of browser than the thread has gets a new one.
   */
  public static BrowserSession forThisThread(BrowserSettings settings, BrowserFactory factory) {
    Pooled existing = SESSIONS.get(Thread.currentThread());
    if (existing != null && existing.suits(settings)) {
      existing.session().clean();
      return existing.session();
    }
    if (existing != null) {
      discardForThisThread();
    }
    BrowserSession started = factory.start(settings);
    STARTS.incrementAndGet();
    SESSIONS.put(Thread.currentThread(), new Pooled(Optional.of(settings), started));
    return started;
  }

  /**
   * Lends this thread a browser that the caller started and will close itself, so that runs one
   * after another on this thread use the same browser: each gets it cleaned, like one of the pool's
   * own, and {@link #closeAll} at the end of a run leaves it open.
   */
  public static void lendToThisThread(BrowserSession owned) {
    SESSIONS.put(Thread.currentThread(), new Pooled(Optional.empty(), owned));
  }

  /** Takes a lent browser back; the pool forgets it and its owner closes it. */
  public static void takeBack(BrowserSession owned) {
    SESSIONS.values().removeIf(p -> p.session() == owned);
  }

  /** Forgets this thread's browser after it died, so the next scenario starts a new one. */
  public static void discardForThisThread() {
    Pooled dead = SESSIONS.remove(Thread.currentThread());
    if (dead != null) {
      dead.session().close();
    }
  }

  /** Closes the pool's browsers; lent ones stay open for their owners. */
  public static void closeAll() {
    SESSIONS
        .values()
        .removeIf(
            pooled -> {
              if (pooled.lent()) {
                return false;
              }
              pooled.session().close();
              return true;
            });
  }

  /**
   * When the JVM ends, every browser goes, lent ones too, all at once so that the wait is that of
   * the slowest, not the sum.
   */
  private static void closeAtExit() {
    List<BrowserSession> all = open();
    SESSIONS.clear();
    List<Thread> closing =
        all.stream()
            .map(session -> BrowserSession.daemon("lukk-nettleser", session::close))
            .toList();
    for (Thread thread : closing) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The browsers open now, for tests that play the person at the keyboard. */
  public static List<BrowserSession> open() {
    return SESSIONS.values().stream().map(Pooled::session).toList();
  }

  /** How many browsers this JVM has started. */
  public static int starts() {
    return STARTS.get();
  }

  /**
   * A browser with the settings it was started with; a lent one has none and serves every run on
   * its thread.
   */
  private record Pooled(Optional<BrowserSettings> settings, BrowserSession session) {

    boolean lent() {
      return settings.isEmpty();
    }

    boolean suits(BrowserSettings wanted) {
      return settings.map(wanted::equals).orElse(true);
    }
  }
}
