package no.dpifullmakt.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.dpifullmakt.browser.BrowserKind;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.browser.HeadlessShell;
import no.dpifullmakt.config.AssistSettings;
import no.dpifullmakt.config.ConfigurationException;
import no.dpifullmakt.config.Environment;
import no.dpifullmakt.config.Environments;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.config.LoginMethod;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Supplier;

/**
 * The command line, checked: every value is valid before any browser or portal starts. Each problem
 * is one Norwegian sentence that names the bad value and what is expected.
 */
record RunRequest(
    Action action,
    Generation generation,
    List<Supplier> suppliers,
    RunSettings settings,
    int threads) {

  static RunRequest from(Action action, RunOptions options, Console console) {
    UnaryOperator<String> env = console.environment();
    CommonOptions common = options.common;
    ModeCheck.check(options);
    EnvironmentVariables.check(env);
    Environment environment = Environments.resolve(options.environment);
    Generation generation =
        common.generation == null
            ? environment.defaultGeneration()
            : Generation.fromKey(common.generation)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "Ukjent portalgenerasjon «"
                                + common.generation
                                + "»: bruk altinn2 eller altinn3."));
    List<Supplier> suppliers = SupplierList.from(options.suppliers);
    Optional<OrganisationNumber> actor = ActorSource.given(options.actor, env);
    if (common.waitSeconds < 1 || common.waitSeconds > 600) {
      throw new InvalidInputException(
          "Ventetiden «" + common.waitSeconds + "» må være mellom 1 og 600 sekunder.");
    }
    checkWritable(common.reportFolder);
    RunSettings settings =
        new RunSettings(
            environment,
            browser(options, env, environment),
            Duration.ofSeconds(common.waitSeconds),
            common.reportFolder,
            actor,
            env,
            assist(options.assist, options.assisted, console));
    checkLoginIsPossible(action, settings);
    ActorSource.checkNotAmong(suppliers, settings, options.actor, env);
    MachineCheck.of(env).check(settings.browser(), options.assisted);
    return new RunRequest(action, generation, suppliers, settings, options.threads);
  }

  private static BrowserSettings browser(
      RunOptions options, UnaryOperator<String> env, Environment environment) {
    BrowserKind kind;
    try {
      kind = BrowserKind.fromOption(options.common.browser);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Ukjent nettleser «" + options.common.browser + "»: bruk chrome, edge eller firefox.");
    }
    boolean headless = !(options.visible || options.assisted);
    Optional<Path> program =
        Optional.ofNullable(env.apply("DPI_NETTLESER")).filter(s -> !s.isBlank()).map(Path::of);
    if (!headless && program.filter(HeadlessShell::is).isPresent()) {
      throw new InvalidInputException(
          "Nettleserprogrammet i DPI_NETTLESER, «"
              + program.get()
              + "», kan ikke vise et vindu: for en synlig nettleser og assistert modus, pek"
              + " DPI_NETTLESER på Chromium eller fjern variabelen.");
    }
    return new BrowserSettings(
        kind,
        headless,
        Optional.ofNullable(env.apply("DPI_DRIVER")).filter(s -> !s.isBlank()).map(Path::of),
        program,
        Path.of("drivers"),
        Optional.ofNullable(options.grid).map(RunRequest::gridUrl),
        environment.proxy());
  }

  private static URI gridUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      boolean port = uri.getPort() == -1 || uri.getPort() >= 1 && uri.getPort() <= 65535;
      if (http && uri.getHost() != null && port) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(
        "Grid-adressen «"
            + text
            + "» er ugyldig: bruk en http- eller https-adresse med en port mellom 1 og 65535, for"
            + " eksempel http://localhost:4444.");
  }

  private static AssistSettings assist(AssistOptions options, boolean assisted, Console console) {
    int loginMinutes =
        options.loginMinutes == null ? AssistOptions.DEFAULT_LOGIN_MINUTES : options.loginMinutes;
    if (loginMinutes < 1 || loginMinutes > 120) {
      throw new InvalidInputException(
          "Innloggingstiden «" + loginMinutes + "» må være mellom 1 og 120 minutter.");
    }
    return new AssistSettings(
        assisted,
        Pace.parse(options.pace == null ? AssistOptions.DEFAULT_PACE : options.pace),
        Duration.ofMinutes(loginMinutes),
        AssistSettings.DEFAULT_ANSWER_TIMEOUT,
        console.in(),
        console.out());
  }

  private static void checkWritable(Path folder) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".skrivetest", ".tmp");
      Files.delete(probe);
    } catch (Exception e) {
      throw new InvalidInputException(
          "Rapportmappen «" + folder + "» kan ikke skrives til: velg en annen med --rapportmappe.");
    }
  }

  private static void checkLoginIsPossible(Action action, RunSettings settings) {
    Environment environment = settings.environment();
    boolean assisted = settings.assist().enabled();
    if (environment.login() == LoginMethod.TESTID && !assisted) {
      settings.testIdPersonalIdentifier();
    }
    if (environment.login() == LoginMethod.PERSONAL && !assisted) {
      throw new ConfigurationException(
          "I miljøet «"
              + environment.name()
              + "» logger du inn selv: bruk assistert modus (--assistert).");
    }
    settings.actor();
    if (environment.production() && action.changesAltinn() && !assisted) {
      throw new InvalidInputException(
          "I produksjon kan en rettighet bare gis eller fjernes i assistert modus (--assistert).");
    }
  }
}
