package no.dpifullmakt.practiceportal.idporten;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code goto} parameter that carries a user back to the page they asked for after logging in.
 * Only paths on this portal are accepted, so the login can never send anyone elsewhere.
 */
public final class ReturnPath {

  /** Where Altinn 2 lands after the login when nothing else was asked for. */
  public static final String DEFAULT = "/ui/MessageBox";

  private ReturnPath() {}

  public static String sanitize(String requested) {
    if (requested == null
        || !requested.startsWith("/")
        || requested.startsWith("//")
        || requested.contains("\\")
        || requested.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return DEFAULT;
    }
    return requested;
  }

  public static String encode(String path) {
    return URLEncoder.encode(sanitize(path), StandardCharsets.UTF_8);
  }
}
