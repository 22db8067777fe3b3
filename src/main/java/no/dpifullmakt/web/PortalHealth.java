package no.dpifullmakt.web;

import org.openqa.selenium.WebDriver;

/** Tells an unreachable or failing portal apart from a changed screen. */
public final class PortalHealth {

  private PortalHealth() {}

  /** Throws when the browser shows its own network error page instead of the portal. */
  public static void failIfErrorPage(WebDriver driver) {
    String url = driver.getCurrentUrl();
    if (url != null && url.startsWith("chrome-error:")) {
      throw new PortalUnavailableException(
          "Får ikke kontakt med portalen: nettleseren viser en feilside i stedet for Altinn.");
    }
  }
}
