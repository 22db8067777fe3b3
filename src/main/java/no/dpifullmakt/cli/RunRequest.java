package no.dpifullmakt.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.dpifullmakt.browser.BrowserKind;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.config.AssistSettings;
import no.dpifullmakt.config.ConfigurationException;
import no.dpifullmakt.config.Environment;
import no.dpifullmakt.config.Environments;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.config.LoginMethod;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.KnownSuppliers;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Supplier;
import no.dpifullmakt.domain.SupplierName;

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

  static final Supplier DEFAULT_SUPPLIER = Supplier.of("980858073", "vism");

  static RunRequest from(Action action, RunOptions options, Console console) {
    UnaryOperator<String> env = console.environment();
    Environment environment = Environments.resolve(options.environment);
    Generation generation =
        options.generation == null
            ? environment.defaultGeneration()
            : Generation.fromKey(options.generation)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "Ukjent portalgenerasjon «"
                                + options.generation
                                + "»: bruk altinn2 eller altinn3."));
    List<Supplier> suppliers = suppliers(options);
    Optional<OrganisationNumber> actor =
        Optional.ofNullable(options.actor)
            .or(() -> Optional.ofNullable(env.apply("DPI_AKTOR")))
            .map(RunRequest::actorNumber);
    if (options.threads < 1 || options.threads > 16) {
      throw new InvalidInputException(
          "Antall tråder «" + options.threads + "» må være mellom 1 og 16.");
    }
    if (options.threads > 1 && options.assisted) {
      throw new InvalidInputException(
          "Assistert modus tar én leverandør om gangen: bruk ikke --trader sammen med --assistert.");
    }
    if (options.waitSeconds < 1 || options.waitSeconds > 600) {
      throw new InvalidInputException(
          "Ventetiden «" + options.waitSeconds + "» må være mellom 1 og 600 sekunder.");
    }
    checkWritable(options.reportFolder);
    RunSettings settings =
        new RunSettings(
            environment,
            browser(options, env, environment),
            Duration.ofSeconds(options.waitSeconds),
            options.reportFolder,
            actor,
            env,
            assist(options, console));
    checkLoginIsPossible(action, settings);
    return new RunRequest(action, generation, suppliers, settings, options.threads);
  }

  private static BrowserSettings browser(
      RunOptions options, UnaryOperator<String> env, Environment environment) {
    BrowserKind kind;
    try {
      kind = BrowserKind.fromOption(options.browser);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "Ukjent nettleser «" + options.browser + "»: bruk chrome, edge eller firefox.");
    }
    return new BrowserSettings(
        kind,
        !(options.visible || options.assisted),
        Optional.ofNullable(env.apply("DPI_DRIVER")).filter(s -> !s.isBlank()).map(Path::of),
        Optional.ofNullable(env.apply("DPI_NETTLESER")).filter(s -> !s.isBlank()).map(Path::of),
        Path.of("drivers"),
        Optional.ofNullable(options.grid).map(RunRequest::gridUrl),
        environment.proxy());
  }

  private static URI gridUrl(String text) {
    try {
      URI uri = new URI(text.strip());
      boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
      if (http && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidInputException(
        "Grid-adressen «"
            + text
            + "» er ugyldig: bruk en http- eller https-adresse, for eksempel"
            + " http://localhost:4444.");
  }

  private static AssistSettings assist(RunOptions options, Console console) {
    if (options.paceSeconds < 0 || options.paceSeconds > 60) {
      throw new InvalidInputException(
          "Tempoet «" + options.paceSeconds + "» må være mellom 0 og 60 sekunder.");
    }
    if (options.loginMinutes < 1 || options.loginMinutes > 120) {
      throw new InvalidInputException(
          "Innloggingstiden «" + options.loginMinutes + "» må være mellom 1 og 120 minutter.");
    }
    return new AssistSettings(
        options.assisted,
        Duration.ofMillis(Math.round(options.paceSeconds * 1000)),
        Duration.ofMinutes(options.loginMinutes),
        AssistSettings.DEFAULT_ANSWER_TIMEOUT,
        console.in(),
        console.out());
  }

  private static List<Supplier> suppliers(RunOptions options) {
    List<Supplier> fromFile =
        options.supplierFile == null ? List.of() : SupplierFile.read(options.supplierFile);
    if (options.orgnrs.isEmpty() && options.names.isEmpty()) {
      return fromFile.isEmpty() ? List.of(DEFAULT_SUPPLIER) : fromFile;
    }
    List<Supplier> all = new ArrayList<>(fromFile);
    all.addAll(fromCommandLine(options));
    return List.copyOf(all);
  }

  private static List<Supplier> fromCommandLine(RunOptions options) {
    if (!options.names.isEmpty() && options.orgnrs.size() != options.names.size()) {
      throw new InvalidInputException(
          "Oppgi ett --navn for hvert --orgnr (fikk "
              + options.orgnrs.size()
              + " organisasjonsnummer og "
              + options.names.size()
              + " navn).");
    }
    List<Supplier> suppliers = new ArrayList<>();
    for (int i = 0; i < options.orgnrs.size(); i++) {
      OrganisationNumber orgnr = OrganisationNumber.parse(options.orgnrs.get(i));
      SupplierName name =
          options.names.isEmpty()
              ? KnownSuppliers.nameOf(orgnr)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "Roboten kjenner ikke navnet til "
                                  + orgnr.grouped()
                                  + ": oppgi minst de 4 første tegnene med --navn."))
              : new SupplierName(options.names.get(i));
      suppliers.add(new Supplier(orgnr, name));
    }
    return List.copyOf(suppliers);
  }

  private static OrganisationNumber actorNumber(String text) {
    String problem = OrganisationNumber.problemWith(text.replace(" ", ""));
    if (problem != null) {
      throw new InvalidInputException("Virksomheten det handles for (--aktor): " + problem);
    }
    return OrganisationNumber.parse(text);
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
