package no.dpifullmakt.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Whether an element has stopped moving: the same box over two animation frames. */
final class ElementMotion {

  private static final String STILL =
      "const el = arguments[0], done = arguments[arguments.length - 1];"
          + "const box = () => { const r = el.getBoundingClientRect();"
          + " return [r.x, r.y, r.width, r.height].join(','); };"
          + "const before = box();"
          + "requestAnimationFrame(() => requestAnimationFrame(() => done(before === box())));";

  private ElementMotion() {}

  static boolean isStill(WebDriver driver, WebElement element) {
    Object still = ((JavascriptExecutor) driver).executeAsyncScript(STILL, element);
    return Boolean.TRUE.equals(still);
  }
}
