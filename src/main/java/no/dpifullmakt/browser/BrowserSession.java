package no.dpifullmakt.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running browser with its own fresh profile, removed again when the browser quits. */
public final class BrowserSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);

  private final WebDriver driver;
  private final Optional<Path> profile;
  private final String description;

  BrowserSession(WebDriver driver, Optional<Path> profile, String description) {
    this.driver = driver;
    this.profile = profile;
    this.description = description;
  }

  public WebDriver driver() {
    return driver;
  }

  /** "Chromium 156.0.8078.73 (hodeløs)", for logs and reports. */
  public String description() {
    return description;
  }

  /** Forgets cookies and storage between scenarios, so each starts logged out. */
  public void clean() {
    driver.manage().deleteAllCookies();
    driver.navigate().to("about:blank");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      LOG.debug("Nettleseren var allerede lukket: {}", e.getMessage());
    }
    profile.ifPresent(BrowserSession::deleteQuietly);
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debug("Klarte ikke å slette profilmappen {}: {}", folder, e.getMessage());
    }
  }
}
