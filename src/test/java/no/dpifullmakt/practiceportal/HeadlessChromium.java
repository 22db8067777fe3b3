package no.dpifullmakt.practiceportal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The installed Chromium, headless, for the practice portal's own smoke tests. */
public final class HeadlessChromium {

  private static final File BROWSER = new File("/usr/bin/chromium");
  private static final File DRIVER = new File("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  public static boolean installed() {
    return BROWSER.canExecute() && DRIVER.canExecute();
  }

  public static ChromeDriver start() {
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--process-per-site",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,1000",
          "--user-data-dir=" + Files.createTempDirectory("ovingsportal-chromium"));
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
      return new ChromeDriver(service, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
