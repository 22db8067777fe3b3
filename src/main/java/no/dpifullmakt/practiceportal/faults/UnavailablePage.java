package no.dpifullmakt.practiceportal.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The plain page a load balancer answers with when the service behind it is unavailable: English,
 * no Altinn furniture, no practice-portal banner.
 */
final class UnavailablePage {

  static final String HTML = read("/practiceportal/feil/503.html");

  private UnavailablePage() {}

  private static String read(String path) {
    try (InputStream in = UnavailablePage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
