package no.dpifullmakt.assist;

/** The person said no, closed the window, or did not answer: the robot stops, cleanly. */
public class StoppedByPersonException extends RuntimeException {

  public StoppedByPersonException(String norwegianMessage) {
    super(norwegianMessage);
  }
}
