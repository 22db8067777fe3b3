package no.dpifullmakt.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import no.dpifullmakt.browser.SystemEnvironment;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;

/**
 * The robot's own environment variables, checked before anything starts. A message names the
 * variable, since that is where the person must look. (DPI_AKTOR is checked with the actor, and
 * DPI_TESTID_FNR with the login.)
 */
final class EnvironmentVariables {

  static final List<String> SCREENSHOTS_ON = List.of("på", "pa", "ja", "true", "1");

  private EnvironmentVariables() {}

  static void check(UnaryOperator<String> env) {
    String portal = env.apply("DPI_OVELSESPORTAL");
    if (portal != null && !portal.isBlank() && !httpAddress(portal.strip())) {
      throw new InvalidInputException(
          "Miljøvariabelen DPI_OVELSESPORTAL «"
              + portal
              + "» er ikke en http(s)-adresse: sett den til adressen øvingsportalen skrev, for"
              + " eksempel http://127.0.0.1:8080, eller fjern den.");
    }
    String screenshots = env.apply("DPI_SKJERMBILDER");
    if (screenshots != null && !screenshots.isBlank()) {
      String value = screenshots.strip().toLowerCase(Locale.ROOT);
      if (!RunSettings.SCREENSHOTS_OFF.contains(value) && !SCREENSHOTS_ON.contains(value)) {
        throw new InvalidInputException(
            "Miljøvariabelen DPI_SKJERMBILDER «"
                + screenshots
                + "» er ukjent: bruk «av» eller «på», eller fjern den.");
      }
    }
    executableFile(env, "DPI_DRIVER", "nettleserdriveren");
    executableFile(env, "DPI_NETTLESER", "nettleserprogrammet");
  }

  private static void executableFile(UnaryOperator<String> env, String variable, String what) {
    String value = env.apply(variable);
    if (value == null || value.isBlank()) {
      return;
    }
    boolean fine;
    try {
      fine = SystemEnvironment.isExecutableFile(Path.of(value.strip()));
    } catch (InvalidPathException e) {
      fine = false;
    }
    if (!fine) {
      throw new InvalidInputException(
          "Miljøvariabelen "
              + variable
              + " peker på «"
              + value
              + "», som ikke finnes eller ikke kan kjøres: rett stien til "
              + what
              + ", eller fjern variabelen så roboten leter selv.");
    }
  }

  private static boolean httpAddress(String text) {
    try {
      URI uri = new URI(text);
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
