package no.dpifullmakt.practiceportal.altinn2.rights;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the module's seed files under {@code practiceportal/altinn2/}. */
final class Resources {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Resources() {}

  static <T> T read(String name, Class<T> type) {
    String path = "/practiceportal/altinn2/" + name;
    try (InputStream in = Resources.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + path);
      }
      return JSON.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
