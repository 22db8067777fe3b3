package no.dpifullmakt.browser;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One browser per thread, reused from scenario to scenario with a clean session in between, so
 * browser starts equal threads, not scenarios.
 */
public final class BrowserPool {

  private static final Map<Thread, Pooled> SESSIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger STARTS = new AtomicInteger();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::closeAll, "lukk-nettlesere"));
  }

  private BrowserPool() {}

  /** This thread's browser, started on first use and cleaned before it is handed out again. */
  public static BrowserSession forThisThread(BrowserSettings settings, BrowserFactory factory) {
    Pooled existing = SESSIONS.get(Thread.currentThread());
    if (existing != null && existing.settings().equals(settings)) {
      existing.session().clean();
      return existing.session();
    }
    if (existing != null) {
      discardForThisThread();
    }
    BrowserSession started = factory.start(settings);
    STARTS.incrementAndGet();
    SESSIONS.put(Thread.currentThread(), new Pooled(settings, started));
    return started;
  }

  /** Forgets this thread's browser after it died, so the next scenario starts a new one. */
  public static void discardForThisThread() {
    Pooled dead = SESSIONS.remove(Thread.currentThread());
    if (dead != null) {
      dead.session().close();
    }
  }

  public static void closeAll() {
    SESSIONS.values().forEach(p -> p.session().close());
    SESSIONS.clear();
  }

  /** The browsers open now, for tests that play the person at the keyboard. */
  public static java.util.List<BrowserSession> open() {
    return SESSIONS.values().stream().map(Pooled::session).toList();
  }

  /** How many browsers this JVM has started. */
  public static int starts() {
    return STARTS.get();
  }

  /** A browser is handed out again only to runs that asked for the same kind of browser. */
  private record Pooled(BrowserSettings settings, BrowserSession session) {}
}
