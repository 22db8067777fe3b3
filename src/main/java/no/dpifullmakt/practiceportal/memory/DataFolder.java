package no.dpifullmakt.practiceportal.memory;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The folder where the practice portal keeps its state between runs: {@code DPI_DATAMAPPE} when
 * set, else the user's data folder as the operating system names it. The value {@value #NONE} keeps
 * nothing (the build's tests use it, so they never touch the user's folder).
 */
public final class DataFolder {

  /** The environment variable; the system property {@code dpi.datamappe} is read after it. */
  public static final String VARIABLE = "DPI_DATAMAPPE";

  /** {@code DPI_DATAMAPPE=ingen}: remember nothing. */
  public static final String NONE = "ingen";

  static final String PROPERTY = "dpi.datamappe";
  private static final String APP = "dpi-fullmakt";

  private DataFolder() {}

  /**
   * @param env the environment variables (the real ones, or a test's)
   * @return empty when nothing is to be kept
   */
  public static Optional<Path> resolve(UnaryOperator<String> env) {
    String chosen = firstSet(env.apply(VARIABLE), System.getProperty(PROPERTY));
    if (chosen == null) {
      chosen = firstSet(System.getenv(VARIABLE));
    }
    if (chosen != null) {
      return NONE.equalsIgnoreCase(chosen) ? Optional.empty() : Optional.of(Path.of(chosen));
    }
    return Optional.of(standard(env, System.getProperty("os.name", ""), home()));
  }

  /** The user's data folder on this operating system, with our own folder in it. */
  static Path standard(UnaryOperator<String> env, String osName, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = firstSet(env.apply("LOCALAPPDATA"));
      return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
          .resolve(APP);
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve(APP);
    }
    String xdg = firstSet(env.apply("XDG_DATA_HOME"));
    return (xdg != null ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve(APP);
  }

  private static Path home() {
    return Path.of(System.getProperty("user.home", "."));
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
