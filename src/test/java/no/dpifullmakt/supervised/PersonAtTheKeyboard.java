package no.dpifullmakt.supervised;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import no.dpifullmakt.browser.BrowserPool;
import no.dpifullmakt.browser.BrowserSession;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.login.IdPortenChooserPage;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Plays the daglig leder in front of the robot's visible browser: logs in by hand, answers the
 * robot's question in the page, or closes the window.
 */
final class PersonAtTheKeyboard {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private WebDriver driver;

  /**
   * Waits until one of the robot's browsers is open and shows a page that passes the check; {@code
   * stillRunning} throws to give up early when the run has ended.
   */
  PersonAtTheKeyboard waitForBrowserShowing(Predicate<WebDriver> page, Runnable stillRunning) {
    driver =
        new FluentWait<>(BrowserPool.class)
            .withTimeout(PATIENCE)
            .pollingEvery(Duration.ofMillis(200))
            .ignoring(RuntimeException.class)
            .until(
                pool -> {
                  stillRunning.run();
                  return BrowserPool.open().stream()
                      .map(BrowserSession::driver)
                      .filter(d -> shows(d, page))
                      .findFirst()
                      .orElse(null);
                });
    return this;
  }

  private static boolean shows(WebDriver browser, Predicate<WebDriver> page) {
    try {
      return page.test(browser);
    } catch (RuntimeException closedOrBusy) {
      return false;
    }
  }

  /** Logs in with TestID and chooses the organisation, as the person would. */
  void logIn(String pid, String actorOrgnr) {
    Ui hands = new Ui(driver, Duration.ofSeconds(20), List.of());
    new IdPortenChooserPage(hands)
        .chooseTestId()
        .authenticate(Secret.of(pid))
        .choose(OrganisationNumber.parse(actorOrgnr));
  }

  /** Presses one of the robot's buttons in its overlay ("Nei, stopp", "Ja, gjør det"). */
  void pressInOverlay(String label) {
    new FluentWait<>(driver)
        .withTimeout(PATIENCE)
        .pollingEvery(Duration.ofMillis(200))
        .ignoring(RuntimeException.class)
        .until(
            d ->
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "const b = Array.from(document.querySelectorAll("
                            + "'#dpi-robot-overlay button')).find(x => x.textContent === arguments[0]);"
                            + " if (b) { b.click(); return true; } return null;",
                        label));
  }

  void closeTheWindow() {
    driver.close();
  }
}
