package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the driver in the order people rely on: the explicit setting, the {@code drivers/} folder,
 * PATH, WebDriverManager (short timeout), and last Selenium Manager. Nothing here can download a
 * driver on a closed network, so the network sources come last.
 */
public final class DriverResolver {

  private static final Logger LOG = LoggerFactory.getLogger(DriverResolver.class);

  private final SystemEnvironment environment;
  private final Function<BrowserKind, Optional<Path>> webDriverManager;
  private final Function<BrowserKind, Optional<Path>> seleniumManager;

  public DriverResolver(
      SystemEnvironment environment,
      Function<BrowserKind, Optional<Path>> webDriverManager,
      Function<BrowserKind, Optional<Path>> seleniumManager) {
    this.environment = environment;
    this.webDriverManager = webDriverManager;
    this.seleniumManager = seleniumManager;
  }

  public static DriverResolver standard() {
    return new DriverResolver(
        SystemEnvironment.current(),
        NetworkDriverSources::webDriverManager,
        NetworkDriverSources::seleniumManager);
  }

  public ResolvedDriver resolve(BrowserSettings settings) {
    BrowserKind kind = settings.kind();
    String fileName = kind.driverFileName(environment.windows());
    List<String> looked = new ArrayList<>();

    if (settings.driverPath().isPresent()) {
      Path explicit = settings.driverPath().get();
      if (SystemEnvironment.isExecutableFile(explicit)) {
        return found(kind, explicit, DriverSource.SETTING);
      }
      throw new MissingDriverException(
          "Driveren du har oppgitt, «"
              + explicit
              + "», finnes ikke eller kan ikke kjøres: rett stien, eller fjern innstillingen så"
              + " roboten leter selv.");
    }
    Path inFolder = settings.driversFolder().resolve(fileName);
    looked.add(inFolder.toString());
    if (SystemEnvironment.isExecutableFile(inFolder)) {
      return found(kind, inFolder.toAbsolutePath(), DriverSource.DRIVERS_FOLDER);
    }
    looked.add("PATH");
    Optional<Path> onPath = environment.onPath(fileName);
    if (onPath.isPresent()) {
      return found(kind, onPath.get(), DriverSource.PATH);
    }
    looked.add("WebDriverManager");
    Optional<Path> fromWdm = webDriverManager.apply(kind);
    if (fromWdm.isPresent()) {
      return found(kind, fromWdm.get(), DriverSource.WEBDRIVERMANAGER);
    }
    looked.add("Selenium Manager");
    Optional<Path> fromSm = seleniumManager.apply(kind);
    if (fromSm.isPresent()) {
      return found(kind, fromSm.get(), DriverSource.SELENIUM_MANAGER);
    }
    throw new MissingDriverException(missingMessage(kind, fileName, looked));
  }

  private String missingMessage(BrowserKind kind, String fileName, List<String> looked) {
    String install =
        switch (kind) {
          case CHROME -> " (Debian/Ubuntu: sudo apt-get install -y chromium chromium-driver)";
          case EDGE -> " (last ned msedgedriver i samme versjon som Edge fra Microsoft)";
          case FIREFOX -> " (last ned geckodriver fra Mozilla)";
        };
    return "Fant ingen driver for "
        + kind.displayName()
        + ": så etter "
        + String.join(", ", looked)
        + ". Installer driveren"
        + install
        + ", eller legg filen "
        + fileName
        + " i mappen drivers/.";
  }

  private static ResolvedDriver found(BrowserKind kind, Path path, DriverSource source) {
    ResolvedDriver driver = new ResolvedDriver(kind, Optional.of(path), source);
    LOG.debug("Driver: {}", driver.describe());
    return driver;
  }
}
