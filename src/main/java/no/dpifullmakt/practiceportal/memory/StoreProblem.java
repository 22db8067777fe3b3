package no.dpifullmakt.practiceportal.memory;

/** The kept state cannot be used; the message is one Norwegian sentence or two for the person. */
public final class StoreProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoreProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
