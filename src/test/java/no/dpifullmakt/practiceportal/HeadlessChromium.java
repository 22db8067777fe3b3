package no.dpifullmakt.practiceportal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The installed Chromium, headless, for the practice portal's own smoke tests. */
public final class HeadlessChromium {

  private static final File BROWSER = new File("/usr/bin/chromium");

  /**
   * Chromium's headless shell, where it is installed and the build has not asked for Chromium: the
   * same pages for less work. Handed a profile it opens no page, so ChromeDriver makes one. This is
   * the program itself: Debian's /usr/bin/chromium-headless-shell starts it from a shell script,
   * which is all ChromeDriver ends on quit, and the browser would be left running.
   */
  private static final File SHELL = new File("/usr/lib/chromium/chromium-headless-shell");

  private static final File DRIVER = new File("/usr/bin/chromedriver");

  /** The test JVM's one browser for the portal's browser tests, which take turns with it. */
  private static ChromeDriver shared;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(HeadlessChromium::quitShared, "ovingsportal-nettleser"));
  }

  private HeadlessChromium() {}

  /**
   * The shared browser, started at first use and anew if it has died: a class's tests use it and
   * hand it back blank with {@link #handBack}. Starting the browser is not what these tests test.
   */
  public static synchronized ChromeDriver shared() {
    if (shared != null && !answers(shared)) {
      shared.quit();
      shared = null;
    }
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  /** Leaves the shared browser as a new one: one blank window, no cookies. */
  public static synchronized void handBack(ChromeDriver driver) {
    if (driver != shared) {
      driver.quit();
      return;
    }
    try {
      String first = driver.getWindowHandles().iterator().next();
      for (String handle : driver.getWindowHandles()) {
        if (!handle.equals(first)) {
          driver.switchTo().window(handle).close();
        }
      }
      driver.switchTo().window(first);
      driver.get("about:blank");
      driver.manage().deleteAllCookies();
    } catch (WebDriverException e) {
      quitShared();
    }
  }

  private static boolean answers(ChromeDriver driver) {
    try {
      driver.getWindowHandle();
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  private static synchronized void quitShared() {
    if (shared != null) {
      shared.quit();
      shared = null;
    }
  }

  public static boolean installed() {
    return BROWSER.canExecute() && DRIVER.canExecute();
  }

  public static ChromeDriver start() {
    try {
      boolean shell =
          SHELL.canExecute() && !"chromium".equals(System.getProperty("tester.nettleser"));
      ChromeOptions options = new ChromeOptions();
      options.setBinary(shell ? SHELL : BROWSER);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--process-per-site",
          "--force-prefers-reduced-motion",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,1000");
      if (!shell) {
        options.addArguments(
            "--user-data-dir=" + Files.createTempDirectory("ovingsportal-chromium"));
      }
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
