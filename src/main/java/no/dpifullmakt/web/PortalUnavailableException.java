package no.dpifullmakt.web;

/** Altinn (or the practice portal) cannot be reached or answers with an error page. */
public class PortalUnavailableException extends RuntimeException {

  public PortalUnavailableException(String norwegianMessage) {
    super(norwegianMessage);
  }

  public PortalUnavailableException(String norwegianMessage, Throwable cause) {
    super(norwegianMessage, cause);
  }
}
