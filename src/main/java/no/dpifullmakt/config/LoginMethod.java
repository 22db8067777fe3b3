package no.dpifullmakt.config;

import java.util.Locale;
import java.util.Optional;

/** How the robot gets a logged-in session. */
public enum LoginMethod {
  /** TestID with a national identity number read from an environment variable. */
  TESTID("testid"),
  /** The person logs in personally in a visible browser (BankID, MinID, ...). */
  PERSONAL("personlig"),
  /** Already logged in, or no login at all (a local mirror). */
  NONE("ingen");

  private final String key;

  LoginMethod(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<LoginMethod> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    for (LoginMethod m : values()) {
      if (m.key.equals(wanted)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
