package no.dpifullmakt.domain;

/** Bad input from the person or the configuration; the message is one Norwegian sentence. */
public class InvalidInputException extends RuntimeException {

  public InvalidInputException(String norwegianMessage) {
    super(norwegianMessage);
  }
}
