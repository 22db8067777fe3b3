package no.dpifullmakt;

import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.browser.BrowserSession;

/**
 * The test JVM's shared headless browser, lent to the robot's runs on this thread the way the pool
 * lends a browser from scenario to scenario: each run gets it cleaned. For tests of many runs where
 * starting the browser is not what is tested; tests of start-up, crashes and closed windows start
 * their own.
 */
public final class LentBrowser implements AutoCloseable {

  private final BrowserSession session;

  private LentBrowser(BrowserSession session) {
    this.session = session;
  }

  public static LentBrowser toThisThread() {
    LentBrowser lent = new LentBrowser(TestBrowser.shared());
    BrowserPool.lendToThisThread(lent.session);
    return lent;
  }

  /** Takes the browser back from the pool; it stays open for the next test that borrows it. */
  @Override
  public void close() {
    BrowserPool.takeBack(session);
  }
}
