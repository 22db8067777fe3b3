package no.dpifullmakt.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import no.dpifullmakt.shutdown.OrderedShutdown;
import org.openqa.selenium.Capabilities;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.edge.EdgeDriver;
import org.openqa.selenium.edge.EdgeDriverService;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.service.DriverService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts browsers. It owns the driver; page objects only receive it. */
public final class BrowserFactory {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserFactory.class);

  private final DriverResolver resolver;
  private final BrowserOptionsFactory optionsFactory;
  private final SystemEnvironment environment;

  public BrowserFactory(
      DriverResolver resolver,
      BrowserOptionsFactory optionsFactory,
      SystemEnvironment environment) {
    this.resolver = resolver;
    this.optionsFactory = optionsFactory;
    this.environment = environment;
  }

  public static BrowserFactory standard() {
    return new BrowserFactory(
        DriverResolver.standard(),
        BrowserOptionsFactory.forThisUser(),
        SystemEnvironment.current());
  }

  public BrowserSession start(BrowserSettings settings) {
    if (settings.grid().isPresent()) {
      return startInGrid(settings, settings.grid().get());
    }
    ResolvedDriver driver = resolver.resolve(settings);
    Optional<Path> binary = browserBinary(settings);
    Path profile = freshProfile();
    // Handed a profile, ChromeDriver opens no first page, and a headless shell then shows none. So
    // ChromeDriver makes the shell's profile itself, in its temporary folder: this fresh one.
    boolean shell = binary.filter(HeadlessShell::is).isPresent();
    MutableCapabilities options =
        optionsFactory.options(settings, binary, shell ? Optional.empty() : Optional.of(profile));
    DriverService service = service(settings.kind(), driver, shell ? profile : temporaryFolder());
    SessionProcesses processes =
        new SessionProcesses(OptionalInt.of(service.getUrl().getPort()), Optional.of(profile));
    // A stop while the browser starts must not leave it, or its profile, behind.
    Runnable leftovers =
        () -> {
          processes.end(processes.alive(), BrowserSession.END_LIMIT);
          BrowserSession.deleteProfile(profile);
        };
    OrderedShutdown.Registration starting =
        OrderedShutdown.register(OrderedShutdown.Phase.BROWSERS, leftovers);
    WebDriver webDriver;
    try {
      webDriver = launch(settings.kind(), service, options);
    } catch (RuntimeException e) {
      leftovers.run();
      throw e;
    } finally {
      starting.cancel();
    }
    String description =
        describe(((RemoteWebDriver) webDriver).getCapabilities(), binary, settings);
    LOG.info("Nettleser: {}", description);
    return new BrowserSession(webDriver, Optional.of(profile), description, processes);
  }

  private BrowserSession startInGrid(BrowserSettings settings, URI grid) {
    MutableCapabilities options =
        optionsFactory.options(settings, Optional.empty(), Optional.empty());
    RemoteWebDriver webDriver;
    try {
      webDriver = new RemoteWebDriver(grid.toURL(), options);
    } catch (MalformedURLException e) {
      throw new MissingDriverException("Grid-adressen «" + grid + "» er ugyldig.");
    } catch (SessionNotCreatedException e) {
      throw new MissingDriverException(
          "Selenium Grid på "
              + grid
              + " kunne ikke starte "
              + settings.kind().displayName()
              + ": sjekk at griddet har en node for denne nettleseren.");
    }
    String description =
        describe(webDriver.getCapabilities(), Optional.empty(), settings)
            + " i Selenium Grid "
            + grid;
    LOG.info("Nettleser: {}", description);
    return new BrowserSession(webDriver, Optional.empty(), description, SessionProcesses.none());
  }

  /** The explicit browser program, else the first known one on PATH; else the driver decides. */
  Optional<Path> browserBinary(BrowserSettings settings) {
    if (settings.browserPath().isPresent()) {
      Path explicit = settings.browserPath().get();
      if (!SystemEnvironment.isExecutableFile(explicit)) {
        throw new MissingDriverException(
            "Nettleseren du har oppgitt, «" + explicit + "», finnes ikke eller kan ikke kjøres.");
      }
      return Optional.of(explicit);
    }
    return settings.kind().programNames().stream()
        .map(name -> environment.onPath(environment.withExeSuffix(name)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * The driver's service; its process gets only {@link ChildEnvironment}, with {@code scratch} as
   * its temporary folder.
   */
  private static DriverService service(BrowserKind kind, ResolvedDriver driver, Path scratch) {
    File executable = driver.path().map(Path::toFile).orElseThrow();
    return switch (kind) {
      case CHROME -> MinimalEnvironmentDrivers.chrome(executable, scratch);
      case EDGE -> MinimalEnvironmentDrivers.edge(executable, scratch);
      case FIREFOX -> MinimalEnvironmentDrivers.firefox(executable, scratch);
    };
  }

  private static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static WebDriver launch(
      BrowserKind kind, DriverService service, MutableCapabilities options) {
    return switch (kind) {
      case CHROME -> new ChromeDriver((ChromeDriverService) service, (ChromeOptions) options);
      case EDGE -> new EdgeDriver((EdgeDriverService) service, (EdgeOptions) options);
      case FIREFOX -> new FirefoxDriver((GeckoDriverService) service, (FirefoxOptions) options);
    };
  }

  private static String describe(
      Capabilities capabilities, Optional<Path> binary, BrowserSettings settings) {
    String where = binary.map(b -> ", " + b).orElse("");
    String mode = settings.headless() ? "hodeløs" : "synlig";
    return capabilities.getBrowserName()
        + " "
        + capabilities.getBrowserVersion()
        + " ("
        + mode
        + where
        + ")";
  }

  private static Path freshProfile() {
    StaleProfiles.sweepOnce();
    try {
      return Files.createTempDirectory(StaleProfiles.PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
