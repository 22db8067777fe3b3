package no.dpifullmakt.practiceportal.idporten;

/** Thrown by {@link LoginGate} to end a request that needs a login or an actor choice first. */
final class LoginRequired extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String location;

  LoginRequired(String location) {
    super(null, null, false, false);
    this.location = location;
  }

  String location() {
    return location;
  }
}
