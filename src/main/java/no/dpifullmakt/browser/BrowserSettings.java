package no.dpifullmakt.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start the browser.
 *
 * @param driverPath an explicit driver file; empty to search
 * @param browserPath an explicit browser program; empty to search
 * @param driversFolder the folder where people on locked-down PCs drop their driver files
 * @param grid a Selenium Grid to run the browser in, instead of on this machine
 * @param proxy a plain HTTP proxy for the browser's traffic
 */
public record BrowserSettings(
    BrowserKind kind,
    boolean headless,
    Optional<Path> driverPath,
    Optional<Path> browserPath,
    Path driversFolder,
    Optional<URI> grid,
    Optional<URI> proxy) {

  public static BrowserSettings headlessChrome() {
    return new BrowserSettings(
        BrowserKind.CHROME,
        true,
        Optional.empty(),
        Optional.empty(),
        Path.of("drivers"),
        Optional.empty(),
        Optional.empty());
  }

  public BrowserSettings withBrowserPath(Path program) {
    return new BrowserSettings(
        kind, headless, driverPath, Optional.of(program), driversFolder, grid, proxy);
  }

  public BrowserSettings withHeadless(boolean value) {
    return new BrowserSettings(kind, value, driverPath, browserPath, driversFolder, grid, proxy);
  }
}
