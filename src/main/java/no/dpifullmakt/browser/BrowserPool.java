package no.dpifullmakt.browser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One browser per thread, reused from scenario to scenario with a clean session in between, so
 * browser starts equal threads, not scenarios.
 */
public final class BrowserPool {

  private static final Map<Thread, BrowserSession> SESSIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger STARTS = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::closeAll, "lukk-nettlesere"));
  }

  private BrowserPool() {}

  /** This thread's browser, started on first use and cleaned before it is handed out again. */
  public static BrowserSession forThisThread(BrowserSettings settings, BrowserFactory factory) {
    BrowserSession existing = SESSIONS.get(Thread.currentThread());
    if (existing != null) {
      existing.clean();
      return existing;
    }
    BrowserSession started = factory.start(settings);
    STARTS.incrementAndGet();
    SESSIONS.put(Thread.currentThread(), started);
    return started;
  }

  /** Forgets this thread's browser after it died, so the next scenario starts a new one. */
  public static void discardForThisThread() {
    BrowserSession dead = SESSIONS.remove(Thread.currentThread());
    if (dead != null) {
      dead.close();
    }
  }

  public static void closeAll() {
    SESSIONS.values().forEach(BrowserSession::close);
    SESSIONS.clear();
  }

  /** The browsers open now, for tests that play the person at the keyboard. */
  public static java.util.List<BrowserSession> open() {
    return java.util.List.copyOf(SESSIONS.values());
  }

  /** How many browsers this JVM has started. */
  public static int starts() {
    return STARTS.get();
  }
}
