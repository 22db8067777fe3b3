package no.dpifullmakt.practiceportal.drift;

/** A change name that the catalogue does not know; the message is in bokmål. */
public final class UnknownChangeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  UnknownChangeException(String name) {
    super(ChangeCatalogue.unknown(name));
  }
}
