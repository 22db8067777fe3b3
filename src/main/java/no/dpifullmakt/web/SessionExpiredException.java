package no.dpifullmakt.web;

/** The portal sent the robot back to the login: its session has expired. */
public class SessionExpiredException extends RuntimeException {

  public SessionExpiredException(String where) {
    super("Altinn logget ut roboten underveis (" + where + ").");
  }
}
