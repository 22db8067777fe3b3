package no.dpifullmakt.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumOptions;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.FirefoxProfile;

/**
 * Builds each browser's options: a fresh profile, Norwegian bokmål as the page language, and
 * nothing that phones home (on a closed network Chromium otherwise stalls on its background
 * requests).
 */
public final class BrowserOptionsFactory {

  static final String LANGUAGES = "nb-NO,nb,no";
  private static final List<String> QUIET_CHROMIUM =
      List.of(
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-search-engine-choice-screen",
          "--disable-dev-shm-usage",
          "--disable-breakpad",
          "--disable-crash-reporter",
          "--window-size=1280,1000",
          "--lang=nb-NO");

  private final boolean runningAsRoot;

  public BrowserOptionsFactory(boolean runningAsRoot) {
    this.runningAsRoot = runningAsRoot;
  }

  public static BrowserOptionsFactory forThisUser() {
    return new BrowserOptionsFactory("root".equals(System.getProperty("user.name")));
  }

  /**
   * @param profile a fresh, empty folder for the browser profile (Chromium family); empty on a
   *     grid, whose nodes start each session with a fresh profile of their own
   */
  public MutableCapabilities options(
      BrowserSettings settings, Optional<Path> browserBinary, Optional<Path> profile) {
    return switch (settings.kind()) {
      case CHROME -> chromium(new ChromeOptions(), settings, browserBinary, profile);
      case EDGE -> chromium(new EdgeOptions(), settings, browserBinary, profile);
      case FIREFOX -> firefox(settings, browserBinary);
    };
  }

  private <T extends ChromiumOptions<T>> T chromium(
      T options, BrowserSettings settings, Optional<Path> binary, Optional<Path> profile) {
    binary.ifPresent(b -> options.setBinary(b.toFile()));
    options.addArguments(QUIET_CHROMIUM);
    profile.ifPresent(p -> options.addArguments("--user-data-dir=" + p.toAbsolutePath()));
    if (settings.headless()) {
      // One renderer per site, not one per navigation: a tenth less work for the machine in a
      // night of headless runs, and the pages behave the same. Nobody watches a headless browser,
      // so it asks for reduced motion, as a person may: Altinn's design system then opens dialogs
      // without sliding them in and turns its skeletons and spinners slower.
      options.addArguments(
          "--headless=new",
          "--disable-gpu",
          "--process-per-site",
          "--force-prefers-reduced-motion");
    }
    settings
        .proxy()
        .ifPresent(p -> options.addArguments("--proxy-server=" + p.getHost() + ":" + port(p)));
    if (runningAsRoot || settings.grid().isPresent()) {
      // As root (and in grid nodes, which often run as root in containers) Chromium needs it.
      options.addArguments("--no-sandbox");
    }
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages", LANGUAGES,
            "credentials_enable_service", false,
            "profile.password_manager_enabled", false));
    return options;
  }

  private static int port(java.net.URI proxy) {
    return proxy.getPort() > 0 ? proxy.getPort() : 80;
  }

  private FirefoxOptions firefox(BrowserSettings settings, Optional<Path> binary) {
    FirefoxOptions options = new FirefoxOptions();
    binary.ifPresent(b -> options.setBinary(b));
    FirefoxProfile profile = new FirefoxProfile();
    profile.setPreference("intl.accept_languages", LANGUAGES);
    profile.setPreference("app.update.enabled", false);
    profile.setPreference("datareporting.policy.dataSubmissionEnabled", false);
    options.setProfile(profile);
    options.addArguments("-width=1280", "-height=1000");
    if (settings.headless()) {
      options.addArguments("-headless");
    }
    settings
        .proxy()
        .ifPresent(
            p -> {
              profile.setPreference("network.proxy.type", 1);
              profile.setPreference("network.proxy.http", p.getHost());
              profile.setPreference("network.proxy.http_port", port(p));
            });
    return options;
  }
}
