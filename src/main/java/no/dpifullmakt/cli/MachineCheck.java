package no.dpifullmakt.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import no.dpifullmakt.browser.BrowserKind;
import no.dpifullmakt.browser.BrowserSettings;
import no.dpifullmakt.browser.DriverResolver;
import no.dpifullmakt.browser.MissingDriverException;
import no.dpifullmakt.browser.SystemEnvironment;
import no.dpifullmakt.domain.InvalidInputException;
import org.openqa.selenium.manager.SeleniumManager;

/**
 * What the machine must have before a browser can start: a screen for a visible browser, and a
 * driver for the chosen browser. Found before anything starts, without the network.
 *
 * @param environment the run's environment variables; a variable it does not know is read from the
 *     process (a test's console sets «DISPLAY» to empty to say there is no screen)
 */
record MachineCheck(UnaryOperator<String> environment, boolean linux) {

  static MachineCheck of(UnaryOperator<String> runEnvironment) {
    UnaryOperator<String> withProcess =
        name ->
            Optional.ofNullable(runEnvironment.apply(name)).orElseGet(() -> System.getenv(name));
    boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    return new MachineCheck(withProcess, linux);
  }

  void check(BrowserSettings browser, boolean assisted) {
    if (browser.grid().isPresent()) {
      return;
    }
    if (!browser.headless() && linux && !set("DISPLAY") && !set("WAYLAND_DISPLAY")) {
      throw new InvalidInputException(
          "Fant ingen skjerm å vise nettleseren på (verken DISPLAY eller WAYLAND_DISPLAY er satt):"
              + " kjør fra et skrivebord, eller sett xvfb-run foran kommandoen"
              + (assisted ? "." : ", eller kjør uten --synlig."));
    }
    if (!Boolean.getBoolean("dpi.nedlasting")) {
      findDriver(browser);
    }
  }

  private boolean set(String variable) {
    String value = environment.apply(variable);
    return value != null && !value.isBlank();
  }

  /** The resolver's own order, without the one source that may use the network. */
  private void findDriver(BrowserSettings browser) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    String path = Optional.ofNullable(environment.apply("PATH")).orElse("");
    DriverResolver offline =
        new DriverResolver(
            new SystemEnvironment(windows, path),
            kind -> Optional.empty(),
            MachineCheck::seleniumManagerOffline);
    try {
      offline.resolve(browser);
    } catch (MissingDriverException e) {
      // This check leaves WebDriverManager out (it may use the network), so it is not named.
      throw new InvalidInputException(e.getMessage().replace(", WebDriverManager", ""));
    }
  }

  /**
   * Selenium Manager's English warnings go to the JDK log; the person gets our sentence instead.
   */
  private static final java.util.logging.Logger SELENIUM_MANAGER_LOG =
      java.util.logging.Logger.getLogger(SeleniumManager.class.getName());

  private static Optional<Path> seleniumManagerOffline(BrowserKind kind) {
    java.util.logging.Level level = SELENIUM_MANAGER_LOG.getLevel();
    SELENIUM_MANAGER_LOG.setLevel(java.util.logging.Level.OFF);
    try {
      String driver =
          SeleniumManager.getInstance()
              .getBinaryPaths(List.of("--browser", kind.option(), "--offline"))
              .getDriverPath();
      return driver == null || driver.isBlank() ? Optional.empty() : Optional.of(Path.of(driver));
    } catch (RuntimeException e) {
      return Optional.empty();
    } finally {
      SELENIUM_MANAGER_LOG.setLevel(level);
    }
  }
}
