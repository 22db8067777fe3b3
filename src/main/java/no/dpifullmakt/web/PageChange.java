package no.dpifullmakt.web;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Sleeper;

/**
 * The pause between two looks of a wait: it lasts until the page changes (page-change.js), so the
 * robot sees a change as soon as it comes, and looks less often at a page that stays the same.
 */
final class PageChange implements Sleeper {

  /**
   * After a change the pause still lasts this long, so a page that changes all the time is not
   * looked at without a break.
   */
  static final Duration SOONEST = Duration.ofMillis(30);

  /**
   * While something slides or fades (which changes no element), the robot looks this often, as it
   * did before it listened for changes.
   */
  static final Duration WHILE_MOVING = Duration.ofMillis(100);

  private static final String SCRIPT = Scripts.load("page-change.js");

  private final WebDriver driver;

  PageChange(WebDriver driver) {
    this.driver = driver;
  }

  /** Sleeps until the page changes, and at most {@code quiet}. */
  @Override
  public void sleep(Duration quiet) throws InterruptedException {
    try {
      ((JavascriptExecutor) driver)
          .executeAsyncScript(
              SCRIPT, SOONEST.toMillis(), quiet.toMillis(), WHILE_MOVING.toMillis());
    } catch (WebDriverException e) {
      // A new page came while it slept, and the script went with the old one: look at once.
    }
    if (Thread.interrupted()) {
      // The robot is being stopped: the wait ends here, as a sleep would.
      throw new InterruptedException();
    }
  }
}
