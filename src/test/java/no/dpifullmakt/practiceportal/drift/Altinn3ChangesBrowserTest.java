package no.dpifullmakt.practiceportal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Altinn 3's changes are drawn by the single-page app from what the server tells it, so a real
 * browser checks them, by role and accessible name as the robot looks.
 */
class Altinn3ChangesBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String SHY = "\u00AD";
  private static final String MASKINPORTEN_LINK = "Maskinporten" + SHY + "administrasjon";
  private static final String DPI = "Digital post til innbyggere";
  private static final String VISMA = "Visma Software International AS";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String VISMA_PAGE = MASKINPORTEN + "/supplier/980858073";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static PracticePortal portal;
  private static PortalBrowser control;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    control = new PortalBrowser(portal.baseUrl());
    browser = new RoleBrowser(portal.baseUrl());
    browser.openLoggedIn(MASKINPORTEN, ASE, APE);
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  @BeforeEach
  void nothingChanged() {
    control.script("DELETE", "/ovelse/test/endring", null);
    situation("altinn3-standard");
  }

  private static void situation(String name) {
    control.script("POST", "/ovelse/test/situasjon/" + name + "?aktor=" + APE, null);
  }

  private static void switchOn(String change) {
    assertThat(control.script("POST", "/ovelse/test/endring/" + change, null).statusCode())
        .isEqualTo(200);
  }

  private static JsonNode visma() throws Exception {
    JsonNode state =
        JSON.readTree(control.get("/ovelse/test/altinn3/tilstand?aktor=" + APE).body());
    for (JsonNode supplier : state.get("leverandorer")) {
      if (supplier.get("orgnr").asText().equals("980858073")) {
        return supplier;
      }
    }
    return null;
  }

  private static WebElement openAddDialog(String buttonName) {
    browser.open(MASKINPORTEN);
    browser.waitUntilLoaded();
    browser.find("button", buttonName).click();
    return browser.find("dialog", "Legg til leverandør");
  }

  @Test
  void buttonRenamedOffersNyLeverandorWhichStillOpensLeggTilLeverandor() {
    switchOn("a3-knapp-omdopt");

    WebElement dialog = openAddDialog("Ny leverandør");

    assertThat(dialog.isDisplayed()).isTrue();
    browser.find(dialog, "button", "Lukk dialogvindu").click();
    assertThat(browser.shows("button", "Legg til leverandør")).isFalse();
  }

  @Test
  void tabRenamedLabelsTheSuppliersTabLeverandorarUnderTheSameFragment() {
    switchOn("a3-fane-omdopt");

    browser.open(MASKINPORTEN + "#suppliers");

    assertThat(browser.find("tab", "Leverandørar").getAttribute("aria-selected")).isEqualTo("true");
    browser.find("button", "Legg til leverandør");
    assertThat(browser.shows("tab", "Leverandører")).isFalse();
  }

  @Test
  void linkMovedPutsMaskinportenadministrasjonInTheHeaderInsteadOfTheSidebar() {
    switchOn("a3-lenke-flyttet");

    browser.open("/accessmanagement/ui");
    WebElement header = browser.find("navigation", "hovednavigasjon");
    WebElement link = browser.find(header, "link", MASKINPORTEN_LINK);
    WebElement sidebar = browser.find("navigation", "Sidebar");

    assertThat(link.getAttribute("href")).endsWith(MASKINPORTEN);
    assertThat(browser.shows(sidebar, "link", "Brukere")).isTrue();
    assertThat(browser.shows(sidebar, "link", MASKINPORTEN_LINK)).isFalse();
    link.click();
    browser.find("button", "Legg til leverandør");
  }

  @Test
  void buttonDisabledKeepsLeggTilVirksomhetDisabledAfterTheLookup() {
    switchOn("a3-knapp-deaktivert");

    WebElement dialog = openAddDialog("Legg til leverandør");
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("980858073");
    browser.find(dialog, "heading", "Du legger til:");
    browser.await().until(d -> dialog.getText().contains("VISMA SOFTWARE INTERNATIONAL AS"));

    assertThat(browser.find(dialog, "button", "Legg til virksomhet").isEnabled()).isFalse();
  }

  @Test
  void newConfirmationStoresOnlyAfterBekreft() throws Exception {
    switchOn("a3-ny-bekreftelse");
    situation("altinn3-visma-lagt-til");
    WebElement give = openGiveDialog();
    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser.await().until(d -> give.getText().contains("2 treff på søket:"));
    WebElement first = browser.find(give, "button", "Gi fullmakt for " + DPI);
    browser.await().until(d -> first.isEnabled());

    first.click();
    WebElement confirm = browser.find("dialog", "Bekreft fullmakt");
    assertThat(confirm.getText()).contains("Vil du gi " + VISMA + " fullmakt til " + DPI + "?");
    assertThat(visma().get("api")).isEmpty();
    browser.find(confirm, "button", "Avbryt").click();
    browser.await().until(d -> RoleBrowser.isStale(confirm));
    assertThat(visma().get("api")).isEmpty();

    WebElement again = browser.find(give, "button", "Gi fullmakt for " + DPI);
    browser.await().until(d -> again.isEnabled());
    again.click();
    browser.find(browser.find("dialog", "Bekreft fullmakt"), "button", "Bekreft").click();
    browser.find(give, "button", "Slett fullmakt for " + DPI);
    assertThat(visma().get("api").toString()).isEqualTo("[\"digdir-dpi-send\"]");
  }

  @Test
  void errorTextChangedNamesEnhetsregisteret() {
    switchOn("a3-feiltekst-endret");

    WebElement dialog = openAddDialog("Legg til leverandør");
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("312345676");

    WebElement messages = dialog.findElement(By.cssSelector("[aria-live=assertive]"));
    browser
        .await()
        .until(
            d ->
                messages.getText().equals("Organisasjonsnummeret finnes ikke i Enhetsregisteret."));
  }

  @Test
  void stepRemovedPutsTheApiSearchOnTheSupplierPage() throws Exception {
    switchOn("a3-steg-fjernet");
    situation("altinn3-visma-lagt-til");

    browser.open(VISMA_PAGE);
    browser.find("heading", "Fullmakt til 0 API");
    browser.find("searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser
        .await()
        .until(
            d -> d.findElements(By.cssSelector(".inline-api-search li[id^='api-']")).size() == 2);
    browser.find("button", "Gi fullmakt for " + DPI).click();

    browser.find("heading", "Fullmakt til 1 API");
    browser.find("button", "Slett fullmakt for " + DPI);
    assertThat(browser.shows("button", "Gi fullmakt")).isFalse();
    // No dialog besides the header's account selector, which every page has (closed).
    assertThat(browser.driver().findElements(By.cssSelector("dialog:not(#header-account)")))
        .isEmpty();
    assertThat(visma().get("api").toString()).isEqualTo("[\"digdir-dpi-send\"]");
  }

  @Test
  void extraStepAsksForTheTermsBeforeTheSupplierIsStored() throws Exception {
    switchOn("a3-ekstra-steg");

    WebElement dialog = openAddDialog("Legg til leverandør");
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("980858073");
    WebElement add = browser.find(dialog, "button", "Legg til virksomhet");
    browser.await().until(d -> add.isEnabled());
    add.click();

    WebElement terms = browser.find("dialog", "Vilkår for leverandører");
    WebElement next = browser.find(terms, "button", "Fortsett");
    assertThat(next.isEnabled()).isFalse();
    assertThat(visma()).isNull();
    browser
        .find(
            terms,
            "checkbox",
            "Jeg bekrefter at leverandøren har databehandleravtale med virksomheten")
        .click();
    next.click();

    browser.find("heading", "Fullmakt til 0 API");
    browser.find("heading", VISMA);
    assertThat(visma()).isNotNull();
  }

  @Test
  void cosmeticChangeTouchesOnlyWhatTheRobotDoesNotUse() {
    switchOn("a3-kosmetisk");
    situation("altinn3-visma-lagt-til");

    browser.open(VISMA_PAGE);

    browser.find("link", "Driftsstatus");
    browser.find("link", "Les mer om nye Altinn.");
    browser.find("button", "Skriv ut");
    browser.find("button", "Gi fullmakt");
    browser.find("heading", "Fullmakt til 0 API");
    assertThat(browser.shows("link", "Driftsmeldinger")).isFalse();
  }

  private static WebElement openGiveDialog() {
    browser.open(VISMA_PAGE);
    browser.waitUntilLoaded();
    browser.find("button", "Gi fullmakt").click();
    return browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
  }

  @Test
  void deleteRenamedCallsEveryWithdrawalFjernFullmakt() throws Exception {
    switchOn("a3-slett-omdopt");
    situation("altinn3-visma-har-dpi");
    browser.open(VISMA_PAGE);

    WebElement row = browser.find("button", "Fjern fullmakt for " + DPI);
    assertThat(row.getText()).isEqualTo("Fjern fullmakt");
    assertThat(browser.shows("button", "Slett fullmakt for " + DPI)).isFalse();
    browser.find("button", DPI + " 1 scopes").click();
    WebElement details = browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
    browser.find(details, "button", "Fjern fullmakt");
    browser.find(details, "button", "Lukk dialogvindu").click();
    browser.await().until(d -> RoleBrowser.isStale(details));

    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser.find(give, "button", "Fjern fullmakt for " + DPI);
    assertThat(visma().get("api").toString()).isEqualTo("[\"digdir-dpi-send\"]");
  }

  @Test
  void orgnrRenamedWritesOrganisasjonsnummerUnderTheNameButKeepsTheLinksName() {
    switchOn("a3-orgnr-omdopt");

    browser.open(MASKINPORTEN);
    WebElement row = browser.find("link", "Testleverandor AS");

    assertThat(row.getText())
        .contains("Organisasjonsnummer: 312 605 031")
        .doesNotContain("Org.nr.");
  }

  @Test
  void rowsChangedShowsATableWhoseMenuWithdraws() throws Exception {
    switchOn("a3-rader-endret");
    situation("altinn3-visma-har-dpi");
    browser.open(VISMA_PAGE);

    browser.find("heading", "Fullmakt til 1 API");
    WebElement table = browser.find("table", "");
    assertThat(table.findElements(By.cssSelector("th")))
        .extracting(WebElement::getText)
        .containsExactly("API", "Tjenesteeier", "Handlinger");
    assertThat(table.getText()).contains(DPI, "Digitaliseringsdirektoratet");
    assertThat(browser.shows("button", "Slett fullmakt for " + DPI)).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("main li[id^='api-']"))).isEmpty();

    browser.find(table, "button", "Flere valg").click();
    WebElement menu = browser.find("menu", "");
    browser.find(menu, "menuitem", "Slett fullmakt").click();
    browser.find("heading", "Fullmakt til 0 API");
    assertThat(visma().get("api")).isEmpty();
  }

  @Test
  void lookAlikeShowsTheReadApiWithExactlyTheDpiTitle() {
    switchOn("a3-forveksling");
    situation("altinn3-visma-har-dpi-les");
    browser.open(VISMA_PAGE);

    browser.find("heading", "Fullmakt til 1 API");
    browser.find("button", "Slett fullmakt for " + DPI);
    browser.find("button", DPI + " 1 scopes").click();
    WebElement details = browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
    browser.find(details, "heading", DPI);
    assertThat(details.findElement(By.cssSelector("h4 + ul li")).getText())
        .isEqualTo("digitalpostinnbygger:les");
    browser.find(details, "button", "Lukk dialogvindu").click();
    browser.await().until(d -> RoleBrowser.isStale(details));

    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "searchbox", "Søk etter API").sendKeys(DPI);
    browser
        .await()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d ->
                give.findElements(By.cssSelector("li h3")).stream()
                    .limit(2)
                    .map(WebElement::getText)
                    .toList()
                    .equals(List.of(DPI, DPI)));
    assertThat(give.getText()).doesNotContain("lesetilgang");
  }

  @Test
  void withNothingSwitchedOnThePageCarriesNoPracticeSettings() {
    browser.open(MASKINPORTEN);

    browser.find("button", "Legg til leverandør");
    assertThat(browser.driver().findElements(By.cssSelector("meta[name=ovelse-innstillinger]")))
        .isEmpty();
    assertThat(control.get(MASKINPORTEN).statusCode()).isEqualTo(302);
  }
}
