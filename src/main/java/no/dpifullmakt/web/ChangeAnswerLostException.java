package no.dpifullmakt.web;

/**
 * The portal answered a change with an error message instead of its usual confirmation. The change
 * may or may not have been stored: the robot must read the state before doing anything more, and
 * never simply repeats the click.
 */
public class ChangeAnswerLostException extends RuntimeException {

  /**
   * @param shown what Altinn showed, in Norwegian: «en feilside (HTTP 502)», or Altinn's own words
   *     in «»
   */
  public ChangeAnswerLostException(String shown) {
    super("Altinn svarte med en feil etter endringen: " + shown + ".");
  }

  /** Altinn's own words, quoted. */
  public static ChangeAnswerLostException saying(String portalMessage) {
    return new ChangeAnswerLostException("«" + portalMessage + "»");
  }
}
