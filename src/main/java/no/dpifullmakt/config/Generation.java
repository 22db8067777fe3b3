package no.dpifullmakt.config;

import java.util.Locale;
import java.util.Optional;

/** The portal generations the robot knows. When Altinn changes again there will be a third. */
public enum Generation {
  ALTINN2("altinn2"),
  ALTINN3("altinn3");

  private final String key;

  Generation(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Generation> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    for (Generation g : values()) {
      if (g.key.equals(wanted)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
