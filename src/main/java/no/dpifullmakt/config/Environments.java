package no.dpifullmakt.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The built-in environment profiles: ovelse, tt02 and produksjon. */
public final class Environments {

  public static final List<String> BUILT_IN = List.of("ovelse", "tt02", "produksjon");

  private Environments() {}

  /**
   * A built-in environment by name, or a person's own environment file (for example "at22.miljo" or
   * a local mirror).
   */
  public static Environment resolve(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    if (nameOrFile == null || nameOrFile.isBlank()) {
      throw new ConfigurationException(
          "--miljo er tomt: bruk "
              + String.join(", ", BUILT_IN)
              + " eller stien til en miljøfil (for eksempel at22.miljo).");
    }
    Path file = Path.of(nameOrFile);
    if (Files.isDirectory(file)) {
      throw new ConfigurationException(
          "«"
              + nameOrFile
              + "» er en mappe, ikke en miljøfil: oppgi stien til selve filen (for eksempel "
              + file.resolve("at22.miljo")
              + ").");
    }
    if (Files.isRegularFile(file)) {
      return EnvironmentFile.parse(file.toString(), Utf8TextFile.read(file, "Miljøfilen"));
    }
    if (looksLikeAPath(nameOrFile)) {
      throw new ConfigurationException(
          "Fant ikke miljøfilen «"
              + nameOrFile
              + "»: sjekk stien, eller bruk et av de innebygde miljøene "
              + String.join(", ", BUILT_IN)
              + ".");
    }
    throw new ConfigurationException(
        "Ukjent miljø «"
            + nameOrFile
            + "»: bruk "
            + String.join(", ", BUILT_IN)
            + " eller stien til en miljøfil (for eksempel at22.miljo).");
  }

  private static boolean looksLikeAPath(String text) {
    return text.contains("/") || text.contains("\\") || text.contains(".");
  }

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
