package no.dpifullmakt.web;

import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The robot's keyboard: it puts the keyboard in a field and types there, with the browser's own key
 * events.
 *
 * <p>WebDriver's element send keys does the same, but ChromeDriver spends about thirty DevTools
 * calls on its checks each time, about as many as on the keys of a short number. Here the checks
 * are one script ({@code focus-field.js}) and the keys one action; a field that cannot take the
 * keyboard gives the same exception as before, so the robot waits and tries again.
 */
public final class Keyboard {

  private static final String FOCUS_FIELD = Scripts.load("focus-field.js");

  private Keyboard() {}

  /**
   * Empties the field as a person does, by selecting all and deleting, so the page hears it (a
   * React field puts back text set behind its back), and types the text.
   */
  public static void replaceText(WebElement field, String text) {
    Actions keys =
        inField(field)
            .keyDown(Keys.CONTROL)
            .sendKeys("a")
            .keyUp(Keys.CONTROL)
            .sendKeys(Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      keys.sendKeys(text);
    }
    keys.perform();
  }

  /** Presses one key in the field. */
  public static void press(WebElement field, Keys key) {
    inField(field).sendKeys(key).perform();
  }

  /**
   * @throws ElementNotInteractableException when the field has no box or will not take the keyboard
   * @throws org.openqa.selenium.StaleElementReferenceException when it has left the page
   */
  private static Actions inField(WebElement field) {
    WebDriver driver = ((WrapsDriver) field).getWrappedDriver();
    Object answer = ((JavascriptExecutor) driver).executeScript(FOCUS_FIELD, field);
    if (!"ready".equals(answer)) {
      throw new ElementNotInteractableException("Feltet tar ikke imot tastaturet: " + answer + ".");
    }
    return new Actions(driver);
  }
}
