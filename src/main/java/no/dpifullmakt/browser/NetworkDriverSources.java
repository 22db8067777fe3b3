package no.dpifullmakt.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import io.github.bonigarcia.wdm.config.DriverManagerType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.manager.SeleniumManager;
import org.openqa.selenium.manager.SeleniumManagerOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two driver sources that may use the network. Both are bounded: WebDriverManager with a short
 * timeout, Selenium Manager offline unless {@code dpi.nedlasting=true}, because on a network that
 * hangs instead of refusing they would block for minutes.
 */
final class NetworkDriverSources {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkDriverSources.class);
  private static final int WDM_TIMEOUT_SECONDS = 5;

  private NetworkDriverSources() {}

  static Optional<Path> webDriverManager(BrowserKind kind) {
    try {
      WebDriverManager manager =
          WebDriverManager.getInstance(managerType(kind)).timeout(WDM_TIMEOUT_SECONDS);
      manager.setup();
      String path = manager.getDownloadedDriverPath();
      return path == null ? Optional.empty() : Optional.of(Path.of(path));
    } catch (RuntimeException e) {
      LOG.debug("WebDriverManager fant ingen driver: {}", e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<Path> seleniumManager(BrowserKind kind) {
    try {
      List<String> arguments =
          Boolean.getBoolean("dpi.nedlasting")
              ? List.of("--browser", kind.option())
              : List.of("--browser", kind.option(), "--offline");
      SeleniumManagerOutput.Result result = SeleniumManager.getInstance().getBinaryPaths(arguments);
      String path = result.getDriverPath();
      return path == null || path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    } catch (RuntimeException e) {
      LOG.debug("Selenium Manager fant ingen driver: {}", e.getMessage());
      return Optional.empty();
    }
  }

  private static DriverManagerType managerType(BrowserKind kind) {
    return switch (kind) {
      case CHROME -> DriverManagerType.CHROME;
      case EDGE -> DriverManagerType.EDGE;
      case FIREFOX -> DriverManagerType.FIREFOX;
    };
  }
}
