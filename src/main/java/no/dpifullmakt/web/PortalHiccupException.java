package no.dpifullmakt.web;

/**
 * Altinn answered a read with an error instead of the page: an HTTP 5xx page, the browser's own
 * error page, or one of Altinn's messages for a failed read. Nothing was being changed, so the
 * robot may load the page again and read once more, a few times at most.
 */
public class PortalHiccupException extends RuntimeException {

  private final String shown;
  private final RuntimeException ifItPersists;

  public PortalHiccupException(String shown) {
    this(shown, null);
  }

  /**
   * @param ifItPersists what the robot concludes when the same happens every time it reads again,
   *     for an error Altinn shows in the same way as a changed screen would
   */
  public PortalHiccupException(String shown, RuntimeException ifItPersists) {
    super("Altinn svarte med en feil i stedet for siden: " + shown + ".");
    this.shown = shown;
    this.ifItPersists = ifItPersists;
  }

  /** The conclusion when reading again never helps; empty when that is an unavailable Altinn. */
  public java.util.Optional<RuntimeException> ifItPersists() {
    return java.util.Optional.ofNullable(ifItPersists);
  }

  /** What the page showed, in Norwegian: «en feilside (HTTP 503)» or Altinn's own words. */
  public String shown() {
    return shown;
  }
}
