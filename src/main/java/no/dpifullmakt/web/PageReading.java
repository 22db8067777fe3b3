package no.dpifullmakt.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Text a person reads where roles and names say too little: messages, lists under a heading. */
final class PageReading {

  private static final PageScript SCRIPT = PageScript.look("page-reading.js");

  private PageReading() {}

  /** Each live region's lines, normalised: what a screen reader announces. */
  static List<List<String>> liveMessages(WebDriver driver, WebElement scope) {
    Object raw = run(driver, "live", scope);
    if (!(raw instanceof List<?> regions)) {
      return List.of();
    }
    return regions.stream()
        .map(region -> normalised((List<?>) region))
        .filter(lines -> !lines.isEmpty())
        .toList();
  }

  /** The visible lines of text in the scope (or the page), normalised. */
  static List<String> lines(WebDriver driver, WebElement scope) {
    Object raw = run(driver, "lines", scope);
    return raw instanceof List<?> lines ? normalised(lines) : List.of();
  }

  /** Whether anything in the scope (or the page) says it is still loading: aria-busy. */
  static boolean busy(WebDriver driver, WebElement scope) {
    return Boolean.TRUE.equals(run(driver, "busy", scope));
  }

  /** The items of the list right under this heading; empty when no list follows it. */
  static Optional<List<String>> listAfter(WebDriver driver, WebElement heading) {
    Object raw = run(driver, "listAfter", heading);
    return raw instanceof List<?> items ? Optional.of(normalised(items)) : Optional.empty();
  }

  /** The page's own language code, as its {@code <html lang>} says; empty when it says none. */
  static String language(WebDriver driver) {
    Object raw = run(driver, "lang", null);
    return raw == null ? "" : String.valueOf(raw).strip();
  }

  /**
   * Whether the page is a portal page or an error instead of one.
   *
   * @param errorTexts the portal's own messages for a failed read
   * @return what is wrong, in Norwegian; empty when the page looks healthy
   */
  static Optional<String> trouble(WebDriver driver, List<String> errorTexts) {
    Object raw = run(driver, "health", errorTexts);
    if (!(raw instanceof Map<?, ?> health)) {
      return Optional.empty();
    }
    String url = String.valueOf(health.get("url"));
    long status = health.get("status") instanceof Number n ? n.longValue() : 0;
    if (url.startsWith("chrome-error:")) {
      return Optional.of("nettleserens egen feilside (ingen kontakt med Altinn)");
    }
    if (status >= 500) {
      return Optional.of("en feilside (HTTP " + status + ")");
    }
    Object shown = health.get("shown");
    return shown == null ? Optional.empty() : Optional.of("«" + shown + "»");
  }

  private static Object run(WebDriver driver, String mode, Object argument) {
    return SCRIPT.run(driver, mode, argument);
  }

  private static List<String> normalised(List<?> lines) {
    return lines.stream()
        .map(line -> AccessibleText.normalise(String.valueOf(line)))
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
