package no.dpifullmakt.report.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the baselines are: {@code fingeravtrykk/<generasjon>.json} in the working folder (the
 * repository), else the copy built into the robot.
 */
public final class Baselines {

  public static final String FOLDER = "fingeravtrykk";

  /**
   * A baseline and where it came from.
   *
   * @param description for messages: a path, or «den innebygde grunnlinjen for altinn3»
   */
  public record Baseline(Fingerprint fingerprint, String description) {}

  private Baselines() {}

  public static Path inRepository(String generation) {
    return Path.of(FOLDER, generation + ".json");
  }

  /** The repository's baseline for the generation, else the built-in one; empty if neither. */
  public static Optional<Baseline> forGeneration(String generation) throws IOException {
    Path file = inRepository(generation);
    if (Files.isRegularFile(file)) {
      return Optional.of(new Baseline(FingerprintJson.read(file), file.toString()));
    }
    String resource = "/" + FOLDER + "/" + generation + ".json";
    try (InputStream in = Baselines.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Baseline(
              FingerprintJson.read(in.readAllBytes()),
              "den innebygde grunnlinjen for " + generation));
    }
  }
}
