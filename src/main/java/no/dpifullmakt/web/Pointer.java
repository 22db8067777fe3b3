package no.dpifullmakt.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

/**
 * The robot's pointer: it presses an element as a person does, with the mouse at the element's
 * centre, once it has made sure that the element is what lies there.
 *
 * <p>WebDriver's element click makes the same checks, but ChromeDriver spends about sixty DevTools
 * calls on them: about 50 ms of the browser's and the driver's CPU per click, against 15 ms here.
 * Here they are one script ({@code click-point.js}): the same point, the same scrolling, and the
 * same exceptions, so a click on a covered element is still one that did not happen. The mouse
 * events are the browser's own, as before.
 *
 * <p>A page that draws the element anew between the look and the press (a list that has just
 * loaded) takes the press on what is there then, and the element never hears it. The page tells
 * afterwards what the press reached ({@code press-reached.js}). When it reached only what cannot
 * act on it (a placeholder, text), nothing happened, and the click says so as a covered one does,
 * so the robot looks again and presses the element where it is now. When it reached another
 * control, that control may have acted, and the click counts as made: the robot never presses twice
 * on a guess.
 */
public final class Pointer {

  private static final String CLICK_POINT = Scripts.load("click-point.js");
  private static final String PRESS_REACHED = Scripts.load("press-reached.js");

  private Pointer() {}

  /**
   * Clicks the element.
   *
   * @throws ElementClickInterceptedException when something else lies over its centre, or the press
   *     went only to something that cannot act, because the page drew the element anew meanwhile
   * @throws ElementNotInteractableException when it has no box on the page
   * @throws org.openqa.selenium.StaleElementReferenceException when it has left the page
   */
  public static void click(WebElement element) {
    WebDriver driver = ((WrapsDriver) element).getWrappedDriver();
    Object point = ((JavascriptExecutor) driver).executeScript(CLICK_POINT, element);
    if ("covered".equals(point)) {
      throw new ElementClickInterceptedException("Noe annet ligger over elementet.");
    }
    if (!(point instanceof List<?> xy) || xy.size() != 2) {
      throw new ElementNotInteractableException("Elementet vises ikke på siden.");
    }
    PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mus");
    Sequence press =
        new Sequence(mouse, 0)
            .addAction(
                mouse.createPointerMove(
                    Duration.ZERO,
                    PointerInput.Origin.viewport(),
                    ((Number) xy.get(0)).intValue(),
                    ((Number) xy.get(1)).intValue()))
            .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
            .addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    ((Interactive) driver).perform(List.of(press));
    if ("none".equals(reached(driver))) {
      throw new ElementClickInterceptedException("Trykket nådde ikke elementet.");
    }
  }

  /**
   * What the press reached: "clicked", "pressed" (the button went down on it, but no click came),
   * "other" (another control), "none" (only what cannot act), or "new page". When the page cannot
   * be asked (a dialog of the browser's own is open), the press is taken as having reached it, as
   * WebDriver's click would.
   */
  private static String reached(WebDriver driver) {
    try {
      return String.valueOf(((JavascriptExecutor) driver).executeScript(PRESS_REACHED));
    } catch (WebDriverException e) {
      return "unknown";
    }
  }
}
