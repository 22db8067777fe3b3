package no.dpifullmakt;

import no.dpifullmakt.browser.BrowserFactory;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.browser.BrowserSettings;

/** A real headless browser for tests, found the same way the robot finds it. */
public final class TestBrowser {

  private TestBrowser() {}

  public static BrowserSession startHeadless() {
    return BrowserFactory.standard().start(BrowserSettings.headlessChrome());
  }
}
