package no.dpifullmakt.task;

/** The right the robot was asked to check is not in place. */
public class RightMissingException extends RuntimeException {

  public RightMissingException(String norwegianMessage) {
    super(norwegianMessage);
  }
}
