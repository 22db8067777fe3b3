package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import no.dpifullmakt.practiceportal.RoleBrowser;
import no.dpifullmakt.practiceportal.altinn3.ApiDelay;
import no.dpifullmakt.practiceportal.altinn3.web.Altinn3TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The states Altinn 3's screens pass through while they wait, with every API answer 700 ms late so
 * each state lasts long enough to be seen. Each state is read in one script, as it was at one
 * moment.
 */
class TransientStatesBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String OLA = "04888110041";
  private static final String NORDFJELL = "310166138";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String VISMA = "Visma Software International AS";
  private static final String DPI = "Digital post til innbyggere";
  private static final Duration LATE = Duration.ofMillis(700);

  /** What the page shows at one moment, by the page's own script. */
  private static final String SNAPSHOT =
      "const panel = document.querySelector('[role=tabpanel]:not([hidden])');"
          + "const shown = (e) => !!e && e.offsetParent !== null;"
          + "const text = (e) => e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;"
          + "return {"
          + " h1: text(document.querySelector('h1')),"
          + " h2: [...document.querySelectorAll('main h2')].map(text).join(' | '),"
          + " searchbox: shown(panel && panel.querySelector('input[type=search]')),"
          + " addButton: !!panel && [...panel.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Legg til leverandør'),"
          + " emptyText: !!panel && panel.textContent.includes('Ingen leverandører funnet.'),"
          + " links: panel ? panel.querySelectorAll('li a[href]').length : 0,"
          + " skeletonRows: panel ? panel.querySelectorAll('li:has([aria-busy=true])').length : 0,"
          + " skeletonText: text(panel && panel.querySelector('li:has([aria-busy=true])')),"
          + " sidebarBusy: document.querySelectorAll('aside li > [aria-busy=true]').length,"
          + " sidebarLink: [...document.querySelectorAll('aside a')].some((a) => a.textContent.includes('Maskinporten')),"
          + " hiddenSkeletons: document.querySelectorAll('main .skeleton[aria-hidden=true]').length,"
          + " giveButton: [...document.querySelectorAll('main button')].some((b) => b.textContent.trim() === 'Gi fullmakt'),"
          + " backLink: [...document.querySelectorAll('main a')].some((a) => a.textContent.trim() === 'Tilbake'),"
          + " path: location.pathname"
          + "};";

  private static Altinn3TestServer server;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    server = new Altinn3TestServer(new ApiDelay(LATE, LATE));
    browser = new RoleBrowser(server.uri(""));
  }

  @AfterAll
  static void stop() {
    browser.close();
    server.close();
  }

  @BeforeEach
  void asAse() {
    server.module.reset();
    browser.open(server.backDoor(ASE, APE));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> snapshotWhen(String condition) {
    return browser
        .await()
        .until(
            d ->
                (Map<String, Object>)
                    browser
                        .driver()
                        .executeScript("if (!(" + condition + ")) return null;" + SNAPSHOT));
  }

  @Test
  void theMaskinportenPageLooksEmptyUntilTheAdminCheckAnswersThenShowsSkeletonsThenTheList() {
    browser.open(MASKINPORTEN);

    Map<String, Object> waiting = snapshotWhen("document.querySelector('h1')");
    assertThat(waiting)
        .containsEntry("h1", "Maskinporten\u00ADadministrasjon for Levende Kunstig Ape")
        .containsEntry("searchbox", true)
        .containsEntry("addButton", true)
        .containsEntry("emptyText", true)
        .containsEntry("links", 0L)
        .containsEntry("sidebarBusy", 1L)
        .containsEntry("sidebarLink", false);

    Map<String, Object> loading =
        snapshotWhen("document.querySelector('[role=tabpanel] li:has([aria-busy=true])')");
    assertThat(loading)
        .containsEntry("skeletonRows", 5L)
        .containsEntry("skeletonText", "xxxxxxxx xxxxxxxxxx")
        .containsEntry("searchbox", false)
        .containsEntry("addButton", false)
        .containsEntry("links", 0L)
        .containsEntry("sidebarLink", true);

    WebElement row = browser.find("link", "Testleverandor AS");
    assertThat(row.getText()).contains("Org.nr. 312 605 031");
    assertThat(browser.driver().findElements(By.cssSelector("aside [aria-busy]"))).isEmpty();
  }

  @Test
  void someoneWithoutTheMaskinportenPackageSeesThePageUntilTheCheckSendsThemToTheOverview() {
    browser.open(server.backDoor(OLA, NORDFJELL));
    browser.open(MASKINPORTEN);

    Map<String, Object> waiting = snapshotWhen("document.querySelector('h1')");
    assertThat(waiting)
        .containsEntry(
            "h1", "Maskinporten\u00ADadministrasjon for Nordfjell Interkommunale Arkiv IKS")
        .containsEntry("h2", "org.nr. 310 166 138")
        .containsEntry("emptyText", true);

    browser.find("heading", "Tilgangsstyring for Nordfjell Interkommunale Arkiv IKS");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/accessmanagement/ui");
    assertThat(browser.driver().getPageSource()).doesNotContain("Du har ikke tilgang");
    assertThat(browser.driver().findElements(By.cssSelector("aside a[href$='/maskinporten']")))
        .isEmpty();
  }

  @Test
  void theSupplierPageShowsNoHeadingWhileItLoadsAndZeroApisUntilTheyAreRead() {
    browser.open(MASKINPORTEN + "/supplier/312605031");

    Map<String, Object> supplierLoading = snapshotWhen("document.querySelector('main .back-link')");
    assertThat(supplierLoading)
        .containsEntry("backLink", true)
        .containsEntry("h1", null)
        .containsEntry("hiddenSkeletons", 1L);
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("nav[aria-label=Breadcrumbs] [aria-current]"))
                .getText())
        .isEqualTo("Valgt leverandør - Altinn");

    Map<String, Object> apisLoading = snapshotWhen("document.querySelector('h1')");
    assertThat(apisLoading)
        .containsEntry("h1", "Testleverandor AS")
        .containsEntry("h2", "Fullmakt til 0 API")
        .containsEntry("hiddenSkeletons", 1L)
        .containsEntry("giveButton", false);

    browser.find("heading", "Fullmakt til 2 API");
    browser.find("button", "Gi fullmakt");
    assertThat(browser.driver().switchTo().activeElement().getText())
        .isEqualTo("Testleverandor AS");
  }

  @Test
  void theGiveDialogShowsSkeletonRowsWhileSearchingAndTheDetailsActionSpinsThenSucceeds() {
    server.module.applySituation(
        "altinn3-visma-lagt-til", server.context.directory().organisation(APE).orElseThrow());
    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.waitUntilLoaded();
    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");

    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser
        .await()
        .until(
            d ->
                give.findElements(By.cssSelector("li:has([aria-busy=true])")).size() == 7
                    && !give.findElement(By.cssSelector(".hit-count")).isDisplayed());
    browser.await().until(d -> give.getText().contains("2 treff på søket:"));
    WebElement action = browser.find(give, "button", "Gi fullmakt for " + DPI);
    browser.await().until(d -> action.isEnabled());

    browser.find(give, "button", DPI + " 1 scopes").click();
    WebElement giveHere = browser.find(give, "button", "Gi fullmakt");
    browser.await().until(d -> giveHere.isEnabled());
    giveHere.click();
    browser.find(give, "img", "Laster");
    browser.find(give, "img", "Fullført");
    browser.find(give, "button", "Slett fullmakt");
    assertThat(give.getText()).contains(VISMA + " har denne fullmakten.");
    assertThat(give.findElements(By.cssSelector("[data-snackbar-live]"))).isEmpty();

    browser.find(give, "button", "Tilbake").click();
    WebElement flipped = browser.find(give, "button", "Slett fullmakt for " + DPI);
    flipped.click();
    assertThat(flipped.getAttribute("aria-busy")).isEqualTo("true");
    assertThat(flipped.isEnabled()).isFalse();
    browser.find(give, "button", "Gi fullmakt for " + DPI);
  }
}
