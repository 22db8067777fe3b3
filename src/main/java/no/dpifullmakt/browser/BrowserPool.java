package no.dpifullmakt.browser;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One browser per thread, reused from scenario to scenario with a clean session in between, so
 * browser starts equal threads, not scenarios.
 */
public final class BrowserPool {

  private static final Map<Thread, BrowserSession> SESSIONS = new ConcurrentHashMap<>();
  private static final AtomicInteger STARTS = new AtomicInteger();
  private static final Set<BrowserSession> LENT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::closeAtExit, "lukk-nettlesere"));
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

  /**
   * Lends this thread a browser that the caller started and will close itself, so that runs one
   * after another on this thread use the same browser: each gets it cleaned, like one of the pool's
   * own, and {@link #closeAll} at the end of a run leaves it open.
   */
  public static void lendToThisThread(BrowserSession owned) {
    LENT.add(owned);
    SESSIONS.put(Thread.currentThread(), owned);
  }

  /** Takes a lent browser back; the pool forgets it and its owner closes it. */
  public static void takeBack(BrowserSession owned) {
    SESSIONS.values().remove(owned);
    LENT.remove(owned);
  }

  /** Forgets this thread's browser after it died, so the next scenario starts a new one. */
  public static void discardForThisThread() {
    BrowserSession dead = SESSIONS.remove(Thread.currentThread());
    if (dead != null) {
      LENT.remove(dead);
      dead.close();
    }
  }

  /** Closes the pool's browsers; lent ones stay open for their owners. */
  public static void closeAll() {
    SESSIONS
        .entrySet()
        .removeIf(
            entry -> {
              if (LENT.contains(entry.getValue())) {
                return false;
              }
              entry.getValue().close();
              return true;
            });
  }

  /** When the JVM ends, every browser goes, lent ones too. */
  private static void closeAtExit() {
    SESSIONS.values().forEach(BrowserSession::close);
    SESSIONS.clear();
    LENT.clear();
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
