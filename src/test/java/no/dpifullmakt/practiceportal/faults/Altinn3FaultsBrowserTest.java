package no.dpifullmakt.practiceportal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The faults Altinn 3's single-page app shows a person, in a real browser. */
class Altinn3FaultsBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String TESTLEVERANDOR = "Testleverandor AS Org.nr. 312 605 031";
  private static final String DPI = "Digital post til innbyggere";
  private static final String VISMA = "Visma Software International AS";

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

  @Test
  void failedReadsOfferProvIgjenAndThePersonGetsThePageInTheEnd() {
    faults("{\"lesefeilAndel\": 1.0}");
    browser.openAs(MASKINPORTEN, ASE, APE);

    int retries = 0;
    while (!browser.shows("link", TESTLEVERANDOR) && retries < 5) {
      WebElement alert =
          browser
              .await()
              .until(
                  d ->
                      d.findElements(By.cssSelector(".retry-alert")).stream()
                          .findFirst()
                          .orElse(null));
      assertThat(alert.getAttribute("role")).isEqualTo("alert");
      assertThat(alert.getText()).startsWith("Noe gikk galt. Prøv igjen senere.");
      browser.find(alert, "button", "Prøv igjen").click();
      browser.await().until(d -> RoleBrowser.isStale(alert) || !alert.isDisplayed());
      browser
          .await()
          .until(
              d -> browser.shows("link", TESTLEVERANDOR) || browser.shows("button", "Prøv igjen"));
      retries++;
    }

    assertThat(retries).isEqualTo(2);
    browser.find("link", TESTLEVERANDOR);
  }

  @Test
  void theLateSpinnerCoversThePageAndTakesTheClicksForAWhile() {
    // Long enough to still cover the page on a busy machine when the test clicks.
    faults("{\"sentSpinnerMs\": 5000}");
    browser.openAs(MASKINPORTEN, ASE, APE);
    WebElement add = browser.find("button", "Legg til leverandør");

    WebElement cover = browser.driver().findElement(By.cssSelector(".practice-cover"));
    assertThat(browser.shows(cover, "img", "Laster inn")).isTrue();
    assertThatThrownBy(add::click).isInstanceOf(ElementClickInterceptedException.class);

    browser.await().until(d -> d.findElements(By.cssSelector(".practice-cover")).isEmpty());
    add.click();
    browser.find("dialog", "Legg til leverandør");
  }

  @Test
  void listsAreDrawnAnewSoFoundElementsGoStale() {
    faults("{\"rerenderHverMs\": 300}");
    browser.openAs(MASKINPORTEN, ASE, APE);
    WebElement link = browser.find("link", TESTLEVERANDOR);

    browser.await().until(d -> RoleBrowser.isStale(link));

    // The list may be drawn anew between finding the link and clicking it: find it again then.
    browser
        .await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              browser.find("link", TESTLEVERANDOR).click();
              return true;
            });
    WebElement remove = browser.find("button", "Slett fullmakt for Kjøretøyopplysninger");
    browser.await().until(d -> RoleBrowser.isStale(remove));
    browser.find("button", "Slett fullmakt for Kjøretøyopplysninger");
  }

  @Test
  void aLostAnswerShowsNoSuccessButTheReloadedPageShowsTheApiOnce() {
    control.script("POST", "/ovelse/test/situasjon/altinn3-visma-lagt-til?aktor=" + APE, null);
    faults("{\"mistSvarPåNesteEndring\": true}");
    browser.openAs(MASKINPORTEN + "/supplier/980858073", ASE, APE);
    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser.await().until(d -> give.getText().contains("1 treff på søket:"));

    browser.find(give, "button", "Gi fullmakt for " + DPI).click();

    browser.await().until(d -> give.getText().contains("Noe gikk galt. Prøv igjen senere."));
    assertThat(browser.find(give, "button", "Gi fullmakt for " + DPI).isEnabled()).isTrue();
    assertThat(browser.shows(give, "button", "Slett fullmakt for " + DPI)).isFalse();

    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.find("heading", "Fullmakt til 1 API");
    assertThat(
            browser.driver().findElements(By.cssSelector(".api-list .api-action")).stream()
                .filter(b -> b.getAccessibleName().equals("Slett fullmakt for " + DPI))
                .count())
        .isEqualTo(1);
  }

  @Test
  void anExpiredSessionGoesToTheLoginAndBackToThePageAfterward() {
    faults("{\"sesjonUtløperEtterForespørsler\": 3}");
    browser.openAs(MASKINPORTEN, ASE, APE);

    browser.find("link", TESTLEVERANDOR).click();
    browser.logIn(ASE, APE);

    browser.find("heading", "Testleverandor AS");
    assertThat(browser.driver().getCurrentUrl()).endsWith(MASKINPORTEN + "/supplier/312605031");
  }
}
