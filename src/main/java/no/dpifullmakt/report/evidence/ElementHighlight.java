package no.dpifullmakt.report.evidence;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A red outline and a small label («Klikk her») on one element, for a screenshot, and gone again
 * right after. The label is hidden from assistive technology, so the robot never sees it.
 */
final class ElementHighlight implements AutoCloseable {

  private static final String ADD =
      "const el = arguments[0], text = arguments[1];"
          + "const before = el.getAttribute('style');"
          + "el.scrollIntoView({block: 'nearest', inline: 'nearest'});"
          + "el.style.setProperty('outline', '3px solid #d4351c', 'important');"
          + "el.style.setProperty('outline-offset', '2px', 'important');"
          + "const r = el.getBoundingClientRect();"
          + "const label = document.createElement('div');"
          + "label.textContent = text;"
          + "label.setAttribute('aria-hidden', 'true');"
          + "label.setAttribute('data-dpi-merke', '');"
          + "label.style.cssText = 'position:fixed;z-index:2147483647;pointer-events:none;"
          + "background:#d4351c;color:#fff;font:bold 13px/1.4 sans-serif;padding:1px 6px;"
          + "border-radius:3px;white-space:nowrap;';"
          + "label.style.top = (r.top >= 24 ? r.top - 24 : r.bottom + 6) + 'px';"
          + "label.style.left = Math.max(0, r.left) + 'px';"
          + "(el.closest('dialog[open]') || document.body).appendChild(label);"
          + "return before;";

  private static final String REMOVE =
      "const el = arguments[0], before = arguments[1];"
          + "document.querySelectorAll('[data-dpi-merke]').forEach(n => n.remove());"
          + "if (!el.isConnected) return;"
          + "if (before === null) { el.removeAttribute('style'); }"
          + "else { el.setAttribute('style', before); }";

  private final JavascriptExecutor js;
  private final WebElement element;
  private final Object styleBefore;

  private ElementHighlight(WebDriver driver, WebElement element, String label) {
    this.js = (JavascriptExecutor) driver;
    this.element = element;
    this.styleBefore = js.executeScript(ADD, element, label);
  }

  static ElementHighlight on(WebDriver driver, WebElement element, String label) {
    return new ElementHighlight(driver, element, label);
  }

  @Override
  public void close() {
    js.executeScript(REMOVE, element, styleBefore);
  }
}
