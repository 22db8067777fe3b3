package no.dpifullmakt.web;

/**
 * The portal answered a change with an error message instead of its usual confirmation. The change
 * may or may not have been stored: the robot must read the state before doing anything more, and
 * never simply repeats the click.
 */
public class ChangeAnswerLostException extends RuntimeException {

  public ChangeAnswerLostException(String portalMessage) {
    super("Altinn svarte med en feil etter endringen: «" + portalMessage + "».");
  }
}
