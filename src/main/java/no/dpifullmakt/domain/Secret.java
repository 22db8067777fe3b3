package no.dpifullmakt.domain;

/**
 * A value that must never be shown: a national identity number, a password. Its {@link #toString()}
 * is masked, so it cannot leak through a log line, a message or a report by accident.
 */
public final class Secret {

  public static final String MASK = "***********";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  public static Secret of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("empty secret");
    }
    return new Secret(value.strip());
  }

  /** The real value, only for typing it into the one field that needs it. */
  public String reveal() {
    return value;
  }

  /** Replaces every occurrence of the secret in a text with the mask. */
  public String maskIn(String text) {
    return text == null ? null : text.replace(value, MASK);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
