package no.dpifullmakt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.edge.EdgeOptions;
import org.openqa.selenium.firefox.FirefoxOptions;

/**
 * Each browser's options, built without starting a browser: Edge and Firefox cannot be installed
 * here, so their options are checked as data.
 */
class BrowserOptionsFactoryTest {

  private static BrowserSettings settings(BrowserKind kind, boolean headless, Optional<URI> proxy) {
    return new BrowserSettings(
        kind,
        headless,
        Optional.empty(),
        Optional.empty(),
        Path.of("drivers"),
        Optional.empty(),
        proxy);
  }

  @SuppressWarnings("unchecked")
  private static List<String> arguments(MutableCapabilities options, String key) {
    Map<String, Object> vendor = (Map<String, Object>) options.asMap().get(key);
    return (List<String>) vendor.get("args");
  }

  @Test
  void chromiumAsRootHasAFreshProfileNorwegianAndNoBackgroundNetworking() {
    MutableCapabilities options =
        new BrowserOptionsFactory(true)
            .options(
                settings(BrowserKind.CHROME, true, Optional.empty()),
                Optional.of(Path.of("/usr/bin/chromium")),
                Optional.of(Path.of("/tmp/profil")));

    assertThat(options).isInstanceOf(ChromeOptions.class);
    assertThat(arguments(options, "goog:chromeOptions"))
        .contains(
            "--headless=new",
            "--process-per-site",
            "--force-prefers-reduced-motion",
            "--no-sandbox",
            "--user-data-dir=/tmp/profil",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--lang=nb-NO");
  }

  @Test
  void edgeGetsTheSameChromiumTreatmentAndAVisibleWindowWhenAsked() {
    MutableCapabilities options =
        new BrowserOptionsFactory(false)
            .options(
                settings(
                    BrowserKind.EDGE, false, Optional.of(URI.create("http://proxy.local:3128"))),
                Optional.empty(),
                Optional.of(Path.of("C:/Temp/profil")));

    assertThat(options).isInstanceOf(EdgeOptions.class);
    assertThat(options.getBrowserName()).isEqualTo("MicrosoftEdge");
    assertThat(arguments(options, "ms:edgeOptions"))
        .contains(
            "--disable-background-networking", "--lang=nb-NO", "--proxy-server=proxy.local:3128")
        .doesNotContain("--headless=new", "--no-sandbox");
  }

  @Test
  void firefoxIsHeadlessWithANorwegianProfile() {
    MutableCapabilities options =
        new BrowserOptionsFactory(false)
            .options(
                settings(BrowserKind.FIREFOX, true, Optional.empty()),
                Optional.empty(),
                Optional.empty());

    assertThat(options).isInstanceOf(FirefoxOptions.class);
    assertThat(options.getBrowserName()).isEqualTo("firefox");
    @SuppressWarnings("unchecked")
    Map<String, Object> firefox = (Map<String, Object>) options.asMap().get("moz:firefoxOptions");
    assertThat((List<String>) firefox.get("args")).contains("-headless");
    assertThat(firefox).containsKey("profile");
  }
}
