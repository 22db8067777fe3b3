package no.dpifullmakt.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running browser with its own fresh profile. Closing it leaves nothing behind: the driver quits,
 * and if it does not answer in time its processes are ended; then the profile folder goes.
 */
public final class BrowserSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);

  /** How long quitting may take before the driver and browser are ended. */
  private static final Duration QUIT_LIMIT = Duration.ofSeconds(5);

  /** How long ended processes get to go, first asked and then forced. */
  static final Duration END_LIMIT = Duration.ofSeconds(3);

  private final WebDriver driver;
  private final Optional<Path> profile;
  private final String description;
  private final SessionProcesses processes;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A session whose processes this JVM does not look after (a test's stand-in driver). */
  BrowserSession(WebDriver driver, Optional<Path> profile, String description) {
    this(driver, profile, description, SessionProcesses.none());
  }

  BrowserSession(
      WebDriver driver, Optional<Path> profile, String description, SessionProcesses processes) {
    this.driver = driver;
    this.profile = profile;
    this.description = description;
    this.processes = processes;
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

  /** Closes once; a second caller (the shutdown, a test) finds it closed and does nothing. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<ProcessHandle> running = processes.alive();
    quitWithinLimit();
    processes.end(running, END_LIMIT);
    profile.ifPresent(BrowserSession::deleteProfile);
  }

  private void quitWithinLimit() {
    Thread quit = daemon("nettleser-avslutt", this::quitQuietly);
    try {
      quit.join(QUIT_LIMIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (quit.isAlive()) {
      LOG.debug("Nettleseren svarte ikke på {} s; prosessene avsluttes.", QUIT_LIMIT.toSeconds());
    }
  }

  private void quitQuietly() {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      LOG.debug("Nettleseren var allerede lukket: {}", e.getMessage());
    }
  }

  /** A started daemon thread: the common pool may have a single worker, busy with the caller. */
  static Thread daemon(String name, Runnable work) {
    Runnable quiet =
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.debug("{} feilet: {}", name, e.toString());
          }
        };
    Thread thread = new Thread(quiet, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /**
   * Deletes the profile and Chromium's folder for its singleton socket, which lives in TMPDIR and
   * stays behind when the browser is ended rather than quit.
   */
  static void deleteProfile(Path profile) {
    try {
      Path socket = Files.readSymbolicLink(profile.resolve("SingletonSocket"));
      Path scratch = socket.getParent();
      if (scratch != null && scratch.getFileName().toString().startsWith("org.chromium.")) {
        deleteQuietly(scratch);
      }
    } catch (IOException | UnsupportedOperationException noSocket) {
      // Quit cleanly, or not a Chromium profile: nothing outside the profile to remove.
    }
    deleteQuietly(profile);
  }

  /**
   * Deletes what is there. Another run may be sweeping the same stale profile at the same time, so
   * files that go while the folder is read are no error.
   */
  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      LOG.debug("Klarte ikke å slette profilmappen {}: {}", folder, e.getMessage());
    }
  }
}
