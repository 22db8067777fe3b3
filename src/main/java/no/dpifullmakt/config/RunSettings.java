package no.dpifullmakt.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.NationalIdentityNumber;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;

/**
 * Everything one run needs to know: where, as whom, with which browser, how long to wait.
 *
 * @param actorOverride the organisation to act for, if given on the command line
 * @param environmentVariables reads environment variables (tests pass their own)
 * @param assist assisted mode, or {@link AssistSettings#off()}
 */
public record RunSettings(
    Environment environment,
    BrowserSettings browser,
    Duration timeout,
    Path reportFolder,
    Optional<OrganisationNumber> actorOverride,
    UnaryOperator<String> environmentVariables,
    AssistSettings assist) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

  /** The values of {@code DPI_SKJERMBILDER} that turn the screenshots off. */
  public static final List<String> SCREENSHOTS_OFF = List.of("av", "nei", "false", "0");

  /** The same settings at another place (the practice portal's address is known only at start). */
  public RunSettings withEnvironment(Environment other) {
    return new RunSettings(
        other, browser, timeout, reportFolder, actorOverride, environmentVariables, assist);
  }

  /** The organisation the person acts for. */
  public OrganisationNumber actor() {
    return actorOverride
        .or(environment::actor)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Miljøet «"
                        + environment.name()
                        + "» sier ikke hvilken virksomhet det skal handles for: oppgi"
                        + " organisasjonsnummeret med --aktor."));
  }

  /** The TestID national identity number: made up on the practice portal, else from a variable. */
  public Secret testIdPersonalIdentifier() {
    if (environment.practicePid().isPresent()) {
      return Secret.of(environment.practicePid().get());
    }
    String variable = environment.pidVariable().orElse("DPI_TESTID_FNR");
    String value = environmentVariables.apply(variable);
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          "Miljøvariabelen "
              + variable
              + " er ikke satt: den må inneholde fødselsnummeret til testpersonen som skal logge"
              + " inn med TestID i "
              + environment.name()
              + ".");
    }
    String problem = NationalIdentityNumber.problemWith(value, "Miljøvariabelen " + variable);
    if (problem != null) {
      throw new InvalidInputException(problem);
    }
    return Secret.of(value);
  }

  /**
   * Whether each step gets a screenshot for the reports and the guide: on, unless the environment
   * variable {@code DPI_SKJERMBILDER} says {@code av}. Without the variable, the system property
   * {@code dpi.skjermbilder} decides (the test suite turns them off that way, to be quick).
   */
  public boolean screenshots() {
    String setting = environmentVariables.apply("DPI_SKJERMBILDER");
    if (setting == null || setting.isBlank()) {
      setting = System.getProperty("dpi.skjermbilder");
    }
    return setting == null || !SCREENSHOTS_OFF.contains(setting.strip().toLowerCase(Locale.ROOT));
  }

  /** Where the robot opens the portal of one generation; a visitor without a session logs in. */
  public URI start(Generation generation) {
    URI base =
        environment
            .base(generation)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Miljøet «"
                            + environment.name()
                            + "» har ingen adresse for "
                            + generation.key()
                            + "."));
    String root = base.toString().replaceAll("/+$", "");
    return URI.create(generation == Generation.ALTINN2 ? root + "/ui/MessageBox" : root + "/");
  }
}
