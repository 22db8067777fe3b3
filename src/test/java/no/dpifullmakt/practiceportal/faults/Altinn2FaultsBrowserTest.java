package no.dpifullmakt.practiceportal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;

/** The faults Altinn 2's pages show a person, in a real browser. */
class Altinn2FaultsBrowserTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String PANEL = "/ui/Profile?Section=9";
  private static final String ADD = "Legge til ny person eller virksomhet";

  private static PracticePortal portal;
  private static PortalBrowser control;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PortalBrowser(portal.baseUrl());
    browser = new RoleBrowser(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  @BeforeEach
  void fresh() {
    control.script("POST", "/ovelse/test/reset", null);
  }

  private static void faults(String json) {
    assertThat(control.script("POST", "/ovelse/test/feil", json).statusCode()).isEqualTo(200);
  }

  /** One page load, never followed by a reload (which {@code RoleBrowser.open} may add). */
  private static void loadOnce(String path) {
    browser.driver().get(portal.baseUrl() + path);
  }

  private static List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#rightHolderList .a-rightHolder-action"));
  }

  @Test
  void failedFragmentLoadsOfferProvIgjenAndThePanelArrivesInTheEnd() {
    faults("{\"lesefeilAndel\": 1.0}");
    browser.openAs(PANEL, INGRID, FJORDVIK);

    int retries = 0;
    while (rows().isEmpty() && retries < 5) {
      WebElement alert =
          browser
              .await()
              .until(
                  d ->
                      d.findElements(By.cssSelector(".a-retry")).stream()
                          .filter(WebElement::isDisplayed)
                          .findFirst()
                          .orElse(null));
      assertThat(alert.getAttribute("role")).isEqualTo("alert");
      assertThat(alert.getText()).startsWith("Noe gikk galt. Prøv igjen senere.");
      browser.find(alert, "button", "Prøv igjen").click();
      browser
          .await()
          .until(
              d ->
                  !rows().isEmpty()
                      || d.findElements(By.cssSelector(".a-retry")).stream()
                          .anyMatch(WebElement::isDisplayed));
      retries++;
    }

    assertThat(retries).isEqualTo(2);
    browser.find("button", ADD);
  }

  @Test
  void theRightHolderListIsDrawnAnewSoFoundRowsGoStale() {
    faults("{\"rerenderHverMs\": 300}");
    browser.openAs(PANEL, INGRID, FJORDVIK);
    WebElement first = browser.await().until(d -> rows().stream().findFirst().orElse(null));

    browser.await().until(d -> RoleBrowser.isStale(first));

    assertThat(rows()).isNotEmpty();
  }

  @Test
  void theLateSpinnerCoversThePageWithAltinn2sLoaderAndTakesTheClicks() {
    // Long enough to still cover the page on a busy machine when the test clicks.
    faults("{\"sentSpinnerMs\": 5000}");
    browser.openAs(PANEL, INGRID, FJORDVIK);
    WebElement add = browser.find("button", ADD);

    WebElement cover = browser.driver().findElement(By.cssSelector(".a-practiceCover"));
    assertThat(browser.shows(cover, "status", "Laster innhold")).isTrue();
    assertThatThrownBy(add::click).isInstanceOf(ElementClickInterceptedException.class);

    browser.await().until(d -> d.findElements(By.cssSelector(".a-practiceCover")).isEmpty());
    add.click();
    browser.unnamedDialogTitled(ADD);
  }

  @Test
  void aPageLoadShowsTheLoadBalancers503PageAndAReloadShowsTheRealPage() {
    browser.openAs("/ui/MessageBox", INGRID, FJORDVIK);
    faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/ui/Profile\"]}");

    loadOnce(PANEL);

    assertThat(browser.driver().getTitle()).isEqualTo("503 Service Unavailable");
    WebElement heading = browser.find("heading", "503 Service Unavailable");
    assertThat(heading.getTagName()).isEqualTo("h1");
    assertThat(browser.driver().findElement(By.tagName("p")).getText())
        .isEqualTo(
            "The server is temporarily unable to service your request. Please try again later.");
    assertThat(browser.driver().findElements(By.cssSelector("header, nav, main, [role=note]")))
        .isEmpty();

    browser.driver().navigate().refresh();

    browser.find("link", "Andre med rettigheter");
    browser.find("button", ADD);
    assertThat(browser.driver().getTitle()).startsWith("Profil for FJORDVIK KOMMUNE");
  }

  @Test
  void aPageLoadDuringTheLoginFailsAndAReloadShowsTheLogin() {
    browser.driver().manage().deleteAllCookies();
    faults("{\"sidefeilAntall\": 1, \"sidefeilStier\": [\"/idporten\"]}");

    loadOnce(PANEL);

    browser.find("heading", "503 Service Unavailable");
    assertThat(browser.driver().getCurrentUrl()).contains("/idporten/login");
    browser.driver().navigate().refresh();
    browser.logIn(INGRID, FJORDVIK);
    browser.find("link", "Andre med rettigheter");
  }
}
