package no.dpifullmakt.web;

/**
 * Altinn answered a read with an error instead of the page: an HTTP 5xx page, the browser's own
 * error page, or one of Altinn's messages for a failed read. Nothing was being changed, so the
 * robot may load the page again and read once more, a few times at most.
 */
public class PortalHiccupException extends RuntimeException {

  private final String shown;

  public PortalHiccupException(String shown) {
    super("Altinn svarte med en feil i stedet for siden: " + shown + ".");
    this.shown = shown;
  }

  /** What the page showed, in Norwegian: «en feilside (HTTP 503)» or Altinn's own words. */
  public String shown() {
    return shown;
  }
}
