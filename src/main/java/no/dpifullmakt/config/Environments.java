package no.dpifullmakt.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The built-in environment profiles: ovelse, tt02 and produksjon. */
public final class Environments {

  public static final List<String> BUILT_IN = List.of("ovelse", "tt02", "produksjon");

  private Environments() {}

  public static Environment builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new ConfigurationException(
          "Ukjent miljø «" + name + "»: bruk " + String.join(", ", BUILT_IN) + ".");
    }
    String resource = "/miljoer/" + name + ".miljo";
    try (InputStream in = Environments.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + resource);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return EnvironmentFile.parse(resource, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
