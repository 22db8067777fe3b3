package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole supplier flow in a real browser, found by role and accessible name as the robot finds
 * it, against the portal with its normal API delays. Skipped where Chromium is not installed.
 */
class MaskinportenBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String SHY = "\u00AD";

  /** Where each role can be, so the search asks the browser about few elements. */
  private static final Map<String, String> CANDIDATES =
      Map.of(
          "heading", "h1,h2,h3",
          "button", "button",
          "link", "a",
          "textbox", "input:not([type=search])",
          "searchbox", "input[type=search]",
          "tab", "[role=tab]",
          "dialog", "dialog");

  private static PracticePortal portal;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(
        CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "Chromium mangler: kjør scripts/sikre-nettleser.sh");
    portal = PracticePortal.start(PortalOptions.forTests());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--user-data-dir=" + Files.createTempDirectory("altinn3-chromium"),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000");
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void givesVismaTheDpiApiExactlyOnce() throws Exception {
    browser.get(portal.baseUrl() + "/accessmanagement/ui/maskinporten#suppliers");
    logIn("15867210064", "312787075");

    WebElement heading =
        find("heading", "Maskinporten" + SHY + "administrasjon for Levende Kunstig Ape");
    assertThat(heading.getText()).contains("Levende Kunstig Ape");
    assertThat(find("tab", "Leverandører").getAttribute("aria-selected")).isEqualTo("true");
    find("link", "Testleverandor AS Org.nr. 312 605 031");

    find("button", "Legg til leverandør").click();
    WebElement orgnr = find("textbox", "Organisasjonsnummer");
    WebElement add = find("button", "Legg til virksomhet");
    assertThat(add.isEnabled()).isFalse();
    orgnr.sendKeys("980858073");
    wait.until(d -> add.isEnabled());
    add.click();

    find("heading", "Visma Software International AS");
    find("heading", "Fullmakt til 0 API");
    find("button", "Gi fullmakt").click();
    find("dialog", "Hvilke API vil du gi Visma Software International AS fullmakt til?");
    find("searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    find("button", "Gi fullmakt for Digital post til innbyggere").click();
    WebElement remove = find("button", "Slett fullmakt for Digital post til innbyggere");
    wait.until(
        d ->
            d.findElements(By.cssSelector("[role=status]")).stream()
                .anyMatch(
                    s ->
                        s.getText()
                            .contains(
                                "Visma Software International AS har nå fått fullmakt til Digital post til innbyggere.")));
    remove.sendKeys(Keys.ESCAPE);

    find("heading", "Fullmakt til 1 API");
    find("button", "Slett fullmakt for Digital post til innbyggere");

    JsonNode state = testState("312787075");
    JsonNode visma = null;
    for (JsonNode supplier : state.at("/leverandorer")) {
      if (supplier.at("/orgnr").asText().equals("980858073")) {
        visma = supplier;
      }
    }
    assertThat(visma).isNotNull();
    assertThat(visma.at("/api")).hasSize(1);
    assertThat(visma.at("/api/0").asText()).isEqualTo("digdir-dpi-send");
  }

  private static void logIn(String pid, String orgnr) {
    wait.until(d -> d.getCurrentUrl().contains("/idporten/"));
    if (!browser.getCurrentUrl().contains("/idporten/testid")) {
      browser.findElement(By.partialLinkText("TestID")).click();
    }
    find("textbox", "Personidentifikator").sendKeys(pid);
    find("button", "Autentiser").click();
    wait.until(d -> d.getCurrentUrl().contains("velg-aktor"));
    browser.findElement(By.cssSelector("[role=menuitem][value='" + orgnr + "']")).click();
  }

  private static WebElement find(String role, String name) {
    return wait.until(d -> byRole(d, role, name).orElse(null));
  }

  private static Optional<WebElement> byRole(WebDriver driver, String role, String name) {
    List<WebElement> candidates = driver.findElements(By.cssSelector(CANDIDATES.get(role)));
    for (WebElement element : candidates) {
      try {
        if (role.equals(element.getAriaRole())
            && name.equals(element.getAccessibleName())
            && element.isDisplayed()) {
          return Optional.of(element);
        }
      } catch (org.openqa.selenium.StaleElementReferenceException gone) {
        // The single-page app re-rendered; the next poll looks again.
      }
    }
    return Optional.empty();
  }

  private static JsonNode testState(String actor) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            portal.baseUrl() + "/ovelse/test/altinn3/tilstand?aktor=" + actor))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(response.body());
  }
}
