package no.dpifullmakt;

import no.dpifullmakt.browser.BrowserSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * One headless browser for all the tests of a class: {@code @RegisterExtension static final
 * HeadlessBrowser browser = new HeadlessBrowser();}.
 */
public final class HeadlessBrowser implements BeforeAllCallback, AfterAllCallback {

  private BrowserSession session;

  @Override
  public void beforeAll(ExtensionContext context) {
    session = TestBrowser.startHeadless();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    session.close();
  }

  public WebDriver driver() {
    return session.driver();
  }
}
