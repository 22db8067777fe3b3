package no.dpifullmakt;

import no.dpifullmakt.browser.BrowserFactory;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.browser.SystemEnvironment;
import org.openqa.selenium.WebDriverException;

/**
 * A real headless browser for tests, found the same way the robot finds it. It is Chromium's
 * headless shell where that is installed: the same pages for a fifth less work. {@code
 * -Dtester.nettleser=chromium} (as {@code -Plange} does) runs them in Chromium, as the robot runs.
 */
public final class TestBrowser {

  /** The test JVM's one shared browser, for tests where starting a browser is not the point. */
  private static BrowserSession shared;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TestBrowser::closeShared, "delt-nettleser"));
  }

  private TestBrowser() {}

  public static BrowserSession startHeadless() {
    return BrowserFactory.standard().start(headlessSettings());
  }

  private static BrowserSettings headlessSettings() {
    BrowserSettings chromium = BrowserSettings.headlessChrome();
    if ("chromium".equals(System.getProperty("tester.nettleser"))) {
      return chromium;
    }
    return SystemEnvironment.current()
        .onPath("chromium-headless-shell")
        .map(chromium::withBrowserPath)
        .orElse(chromium);
  }

  /**
   * The shared headless browser: started at first use, started anew if it has died (a test may have
   * closed it), and closed when the JVM ends. Tests take turns with it; a class runs at a time in
   * each test JVM.
   */
  public static synchronized BrowserSession shared() {
    if (shared != null && !answers(shared)) {
      shared.close();
      shared = null;
    }
    if (shared == null) {
      shared = startHeadless();
    }
    return shared;
  }

  private static synchronized void closeShared() {
    if (shared != null) {
      shared.close();
    }
  }

  private static boolean answers(BrowserSession session) {
    try {
      session.driver().getWindowHandle();
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }
}
