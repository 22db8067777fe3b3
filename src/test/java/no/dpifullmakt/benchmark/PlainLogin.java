package no.dpifullmakt.benchmark;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** ID-porten's TestID and Altinn's actor choice, done by the plainest Selenium code. */
final class PlainLogin {

  /**
   * Plain Selenium polls; every 100 ms (Selenium's default is 500 ms) keeps the floor's waits
   * short. The robot instead looks again when the page changes.
   */
  private static final Duration POLL = Duration.ofMillis(100);

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private PlainLogin() {}

  static WebDriverWait waitOn(WebDriver driver) {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT, POLL);
    // The practice portal draws lists anew (a row's button after a change): look again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Finds and clicks in one go, and again when the app drew the element anew in between (a React
   * page redraws its buttons when its list has loaded).
   */
  static void click(WebDriverWait wait, By element) {
    wait.until(
        d -> {
          d.findElement(element).click();
          return true;
        });
  }

  /**
   * Starts, like the robot, with a clean session in the same browser; opens {@code start}, which
   * sends a visitor without a session to ID-porten; logs in with TestID and chooses the actor.
   */
  static void logIn(WebDriver driver, WebDriverWait wait, String start, String pid, String actor) {
    driver.manage().deleteAllCookies();
    driver.navigate().to("about:blank");
    driver.navigate().to(start);
    driver.findElement(By.partialLinkText("TestID")).click();
    wait.until(visibilityOfElementLocated(By.id("pid"))).sendKeys(pid);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(elementToBeClickable(By.cssSelector("button[name=aktor][value='" + actor + "']")))
        .click();
  }
}
