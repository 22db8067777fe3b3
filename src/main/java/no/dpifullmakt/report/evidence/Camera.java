package no.dpifullmakt.report.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Takes the step's picture without touching the page: it only scrolls the element into view, as the
 * click would, and reads where it lies. The outline is drawn onto the picture afterwards, in Java
 * ({@link Marking}), so the page is never changed for the camera. Chromium (Chrome, Edge) is asked
 * for a JPEG of the viewport through DevTools, which is quicker than WebDriver's PNG; other
 * browsers (Firefox, a Selenium Grid) give WebDriver's PNG.
 */
final class Camera {

  /**
   * Scrolls the element into view as little as it takes, and says where it lies in CSS pixels and
   * how many device pixels make one; null when it has gone from the page or takes up no room.
   */
  private static final String AIM =
      "const el = arguments[0];"
          + "if (!el.isConnected) return null;"
          + "el.scrollIntoView({block: 'nearest', inline: 'nearest'});"
          + "const r = el.getBoundingClientRect();"
          + "if (r.width === 0 && r.height === 0) return null;"
          + "return [r.left, r.top, r.width, r.height, window.devicePixelRatio || 1];";

  /** JPEG quality (0–100) DevTools encodes with: text stays sharp, the file stays small. */
  static final int QUALITY = 90;

  private final WebDriver driver;

  Camera(WebDriver driver) {
    this.driver = driver;
  }

  /** Where the element lies once it is in view, or empty when it is not on the page to be seen. */
  Optional<Spot> aim(WebElement element) {
    Object raw = ((JavascriptExecutor) driver).executeScript(AIM, element);
    if (!(raw instanceof List<?> numbers) || numbers.size() != 5) {
      return Optional.empty();
    }
    return Optional.of(
        new Spot(
            number(numbers.get(0)),
            number(numbers.get(1)),
            number(numbers.get(2)),
            number(numbers.get(3)),
            number(numbers.get(4))));
  }

  /** The viewport as it is now, still encoded: nothing is decoded on the robot's path. */
  Picture capture() {
    if (driver instanceof HasCdp cdp) {
      try {
        Map<String, Object> answer =
            cdp.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of("format", "jpeg", "quality", QUALITY, "optimizeForSpeed", true));
        if (answer.get("data") instanceof String base64) {
          return Picture.base64(base64);
        }
      } catch (WebDriverException | UnsupportedOperationException e) {
        // A browser without DevTools for us (a remote one): WebDriver's own screenshot will do.
      }
    }
    return Picture.bytes(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : 0;
  }

  /**
   * Where an element lies in the viewport, in CSS pixels, and how many of the picture's pixels make
   * one CSS pixel.
   */
  record Spot(double left, double top, double width, double height, double scale) {}

  /** A screenshot as the browser gave it: PNG or JPEG bytes, perhaps still as Base64 text. */
  record Picture(byte[] encoded, String base64) {

    static Picture bytes(byte[] encoded) {
      return new Picture(encoded, null);
    }

    static Picture base64(String text) {
      return new Picture(null, text);
    }

    byte[] decoded() {
      return encoded != null ? encoded : java.util.Base64.getDecoder().decode(base64);
    }
  }
}
