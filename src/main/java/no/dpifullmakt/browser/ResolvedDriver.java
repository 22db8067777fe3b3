package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A driver the robot found.
 *
 * @param path empty when Selenium Manager is left to find it at start
 */
public record ResolvedDriver(BrowserKind kind, Optional<Path> path, DriverSource source) {

  public String describe() {
    return kind.driverFileName(false)
        + path.map(p -> " (" + p + ")").orElse("")
        + ", funnet via "
        + source.norwegian();
  }
}
