package no.dpifullmakt.task;

/**
 * Altinn found an organisation under the number, but its name does not start as the person said:
 * the robot stops before adding anyone.
 */
public class NameMismatchException extends RuntimeException {

  public NameMismatchException(String norwegianMessage) {
    super(norwegianMessage);
  }
}
