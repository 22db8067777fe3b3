package no.dpifullmakt;

import no.dpifullmakt.browser.BrowserSession;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * The test JVM's shared headless browser for all the tests of a class: {@code @RegisterExtension
 * static final HeadlessBrowser browser = new HeadlessBrowser();}. It leaves the browser on a blank
 * page for the next class.
 */
public final class HeadlessBrowser implements BeforeAllCallback, AfterAllCallback {

  private BrowserSession session;

  @Override
  public void beforeAll(ExtensionContext context) {
    session = TestBrowser.shared();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    session.clean();
  }

  public WebDriver driver() {
    return session.driver();
  }
}
