package no.dpifullmakt.browser;

/** No driver (or browser) could be found; the message says where the robot looked. */
public class MissingDriverException extends RuntimeException {

  public MissingDriverException(String norwegianMessage) {
    super(norwegianMessage);
  }
}
