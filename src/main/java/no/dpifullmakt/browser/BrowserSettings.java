package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start the browser.
 *
 * @param driverPath an explicit driver file; empty to search
 * @param browserPath an explicit browser program; empty to search
 * @param driversFolder the folder where people on locked-down PCs drop their driver files
 */
public record BrowserSettings(
    BrowserKind kind,
    boolean headless,
    Optional<Path> driverPath,
    Optional<Path> browserPath,
    Path driversFolder) {

  public static BrowserSettings headlessChrome() {
    return new BrowserSettings(
        BrowserKind.CHROME, true, Optional.empty(), Optional.empty(), Path.of("drivers"));
  }

  public BrowserSettings withHeadless(boolean value) {
    return new BrowserSettings(kind, value, driverPath, browserPath, driversFolder);
  }
}
