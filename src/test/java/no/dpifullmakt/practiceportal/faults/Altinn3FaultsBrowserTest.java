package no.dpifullmakt.practiceportal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import no.dpifullmakt.practiceportal.TestState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The faults as Altinn 3's screens show them, in a real browser. A failed read shows the state real
 * Altinn shows for it (there is no "Prøv igjen"), and the same read asked again by a reload answers
 * normally: with every read failing, the reads of one page alternate between failing and answering,
 * so each reload gets one step further.
 */
class Altinn3FaultsBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String TESTLEVERANDOR_PAGE = MASKINPORTEN + "/supplier/312605031";
  private static final String VISMA_PAGE = MASKINPORTEN + "/supplier/980858073";
  private static final String DPI = "Digital post til innbyggere";
  private static final String VISMA = "Visma Software International AS";
  private static final String EVERY_READ_FAILS = "{\"lesefeilAndel\": 1.0}";

  private static PracticePortal portal;
  private static PortalBrowser control;
  private static TestState state;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PortalBrowser(portal.baseUrl());
    state = new TestState(portal.baseUrl());
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

  private static void openLoaded(String path) {
    browser.openAs(path, ASE, APE);
    browser.waitUntilLoaded();
  }

  @Test
  void failedReadsOnTheMaskinportenPageShowAltinnsOwnStates() {
    openLoaded(MASKINPORTEN);
    faults(EVERY_READ_FAILS);

    browser.open(MASKINPORTEN);
    browser.find("heading", "Beklager, men det har skjedd en feil");

    browser.open(MASKINPORTEN);
    browser.find("heading", "Tilgangsstyring for Levende Kunstig Ape");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/accessmanagement/ui");

    browser.open(MASKINPORTEN);
    browser.find("heading", "Beklager, men det har skjedd en feil");

    browser.open(MASKINPORTEN);
    WebElement panel =
        browser.await().until(d -> d.findElement(By.cssSelector("[role=tabpanel]:not([hidden])")));
    WebElement box = browser.await().until(d -> panel.findElement(By.cssSelector(".ds-alert")));
    assertThat(box.getText()).isEqualTo("Kunne ikke laste Maskinporten-tilknytninger.");
    assertThat(box.getAttribute("role")).isNull();
    assertThat(browser.shows(panel, "searchbox", "Søk")).isFalse();
    assertThat(browser.shows(panel, "button", "Legg til leverandør")).isFalse();
    assertThat(browser.shows("button", "Prøv igjen")).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("[role=alert]"))).isEmpty();
  }

  @Test
  void failedReadsOnTheSupplierPageShowNotFoundThenNoApis() {
    openLoaded(TESTLEVERANDOR_PAGE);
    faults(EVERY_READ_FAILS);

    browser.open(TESTLEVERANDOR_PAGE);
    browser.find("heading", "Beklager, men det har skjedd en feil");

    browser.open(TESTLEVERANDOR_PAGE);
    browser.find("link", "Gå tilbake til oversikten");
    assertThat(browser.driver().findElement(By.cssSelector(".card .ds-alert")).getText())
        .isEqualTo("Vi fant ikke leverandøren");

    browser.open(TESTLEVERANDOR_PAGE);
    browser.find("heading", "Beklager, men det har skjedd en feil");

    browser.open(TESTLEVERANDOR_PAGE);
    browser.find("heading", "Testleverandor AS");
    browser.find("heading", "Fullmakt til 0 API");
    browser.findText("Kunne ikke laste fullmakter.");
    assertThat(browser.shows("button", "Gi fullmakt")).isFalse();
  }

  @Test
  void aFailedApiSearchIsAnAlertAndAFailedLookupTheTechnicalMessage() {
    state.apply("altinn3-visma-lagt-til", APE);
    openLoaded(VISMA_PAGE);
    faults(EVERY_READ_FAILS);

    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    WebElement alert = browser.find(give, "alert", "");
    browser.find(alert, "heading", "Beklager, men det har skjedd en feil");
    assertThat(alert.getText())
        .contains("Vi klarer ikke å hente informasjonen du ser etter akkurat nå.");
    browser.find(give, "button", "Lukk").click();

    control.script("DELETE", "/ovelse/test/feil", null);
    openLoaded(MASKINPORTEN);
    browser.find("button", "Legg til leverandør").click();
    WebElement dialog = browser.find("dialog", "Legg til leverandør");
    faults(EVERY_READ_FAILS);
    WebElement field = browser.find(dialog, "textbox", "Organisasjonsnummer");
    field.sendKeys("991825827");
    WebElement messages = dialog.findElement(By.cssSelector("[aria-live=assertive]"));
    browser.await().until(d -> messages.getText().contains("HttpStatus: 503"));
    assertThat(messages.getText())
        .startsWith("Vi klarer ikke å hente informasjonen du ser etter akkurat nå.")
        .contains(
            "Det har skjedd en teknisk feil. Vennligst prøv igjen eller ta kontakt med Altinn"
                + " brukerservice hvis problemet fortsetter.")
        .containsPattern("Tidspunkt feilen inntraff: \\d\\d:\\d\\d:\\d\\d - HttpStatus: 503");

    field.sendKeys("1");
    field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    browser.find(dialog, "heading", "Du legger til:");
  }

  @Test
  void theLateSpinnerCoversThePageAndTakesTheClicksForAWhile() {
    openLoaded(MASKINPORTEN);
    // Long enough to still cover the page on a busy machine when the test clicks.
    faults("{\"sentSpinnerMs\": 5000}");
    browser.open(MASKINPORTEN);
    browser.waitUntilLoaded();
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
    openLoaded(MASKINPORTEN);
    faults("{\"rerenderHverMs\": 1500}");
    browser.open(MASKINPORTEN);
    WebElement link = browser.find("link", "Testleverandor AS");

    browser.await().until(d -> RoleBrowser.isStale(link));

    // The list may be drawn anew between finding the link and clicking it: find it again then.
    browser
        .await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              browser.find("link", "Testleverandor AS").click();
              return true;
            });
    WebElement remove = browser.find("button", "Slett fullmakt for Kjøretøyopplysninger");
    browser.await().until(d -> RoleBrowser.isStale(remove));
    browser.find("button", "Slett fullmakt for Kjøretøyopplysninger");
  }

  @Test
  void aLostAnswerShowsTheFailureInTheDetailsViewAndTheReloadedPageShowsTheApiOnce() {
    state.apply("altinn3-visma-lagt-til", APE);
    openLoaded(VISMA_PAGE);
    faults("{\"mistSvarPåNesteEndring\": true}");
    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser.await().until(d -> give.getText().contains("2 treff på søket:"));
    WebElement action = browser.find(give, "button", "Gi fullmakt for " + DPI);
    browser.await().until(d -> action.isEnabled());

    action.click();

    browser.find(give, "button", "Tilbake");
    browser.find(give, "heading", "Kunne ikke gi fullmakt");
    assertThat(give.getText()).contains("HttpStatus: 502");
    assertThat(give.findElement(By.cssSelector("[role=status]")).getAttribute("textContent"))
        .isEqualTo("Oi! Noe gikk galt");
    assertThat(browser.find(give, "button", "Gi fullmakt").isEnabled()).isFalse();
    assertThat(give.findElements(By.cssSelector("[data-snackbar-live]"))).isEmpty();

    browser.open(VISMA_PAGE);
    browser.find("heading", "Fullmakt til 1 API");
    assertThat(
            browser.driver().findElements(By.cssSelector("main li[id^='api-'] button")).stream()
                .filter(b -> b.getAccessibleName().equals("Slett fullmakt for " + DPI))
                .count())
        .isEqualTo(1);
  }

  @Test
  void aLostAnswerWhenAddingShowsTheTechnicalMessageAndWhenDeletingADangerSnackbar() {
    openLoaded(MASKINPORTEN);
    faults("{\"mistSvarPåNesteEndring\": 2}");
    browser.find("button", "Legg til leverandør").click();
    WebElement dialog = browser.find("dialog", "Legg til leverandør");
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("980858073");
    WebElement add = browser.find(dialog, "button", "Legg til virksomhet");
    browser.await().until(d -> add.isEnabled());
    add.click();

    WebElement submitError = dialog.findElement(By.cssSelector(".submit-error"));
    browser.await().until(d -> submitError.getText().contains("HttpStatus: 502"));
    assertThat(state.altinn3Suppliers(APE)).contains("980858073=[]");

    browser.open(VISMA_PAGE);
    browser.waitUntilLoaded();
    browser.find("button", "Slett leverandør").click();
    WebElement confirm = browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
    browser.find(confirm, "button", "Slett leverandør").click();
    browser
        .await()
        .until(
            d ->
                confirm.findElements(By.cssSelector("[data-snackbar-live]")).stream()
                    .anyMatch(
                        live ->
                            live.getAttribute("textContent")
                                .equals("Kunne ikke fjerne " + VISMA + " som leverandør.")));
    assertThat(confirm.isDisplayed()).isTrue();
    WebElement snackbar = browser.driver().findElement(By.cssSelector("[popover] [role=alert]"));
    assertThat(snackbar.getAttribute("data-color")).isEqualTo("danger");
    assertThat(state.altinn3Suppliers(APE)).noneMatch(s -> s.startsWith("980858073"));
  }

  @Test
  void anExpiredSessionGoesToTheLoginAndBackToThePageAfterward() {
    faults("{\"sesjonUtløperEtterForespørsler\": 5}");
    browser.openAs(MASKINPORTEN, ASE, APE);

    browser.find("link", "Testleverandor AS").click();
    browser.logIn(ASE, APE);

    browser.find("heading", "Testleverandor AS");
    assertThat(browser.driver().getCurrentUrl()).endsWith(MASKINPORTEN + "/supplier/312605031");
  }
}
