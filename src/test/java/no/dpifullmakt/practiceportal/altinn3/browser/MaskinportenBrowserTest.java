package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The whole supplier flow in a real browser, found by role and accessible name as the robot finds
 * it, against the portal with its normal API delays: the accessible tree of section 7 of
 * altinn-ui.md.
 */
class MaskinportenBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String SHY = "\u00AD";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String VISMA = "Visma Software International AS";
  private static final String DPI = "Digital post til innbyggere";
  private static final By SEARCH_FIELD = By.cssSelector("input[type=search]");

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
    browser.openLoggedIn(MASKINPORTEN, ASE, APE);
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  @BeforeEach
  void standard() {
    state.apply("altinn3-standard", APE);
  }

  @Test
  void givesVismaTheDpiApiExactlyOnce() {
    browser.open(MASKINPORTEN + "#suppliers");
    browser.find("heading", "Maskinporten" + SHY + "administrasjon for Levende Kunstig Ape");
    assertThat(browser.find("heading", "org.nr. 312 787 075 (hovedenhet)").getTagName())
        .isEqualTo("h2");
    assertThat(browser.find("tab", "Leverandører").getAttribute("aria-selected")).isEqualTo("true");
    WebElement row = browser.find("link", "Testleverandor AS");
    assertThat(row.getAttribute("href")).endsWith(MASKINPORTEN + "/supplier/312605031");
    assertThat(row.getText()).contains("Org.nr. 312 605 031");
    browser.await().until(d -> !d.getCurrentUrl().contains("#"));

    browser.find("button", "Legg til leverandør").click();
    WebElement dialog = browser.find("dialog", "Legg til leverandør");
    assertThat(dialog.findElement(By.cssSelector(":scope > button")).getAccessibleName())
        .isEqualTo("Lukk dialogvindu");
    WebElement add = browser.find(dialog, "button", "Legg til virksomhet");
    assertThat(add.isEnabled()).isFalse();
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("980 858 073");
    browser.find(dialog, "heading", "Du legger til:");
    assertThat(dialog.findElement(By.cssSelector("[aria-live=polite] strong")).getText())
        .isEqualTo("VISMA SOFTWARE INTERNATIONAL AS");
    browser.await().until(d -> add.isEnabled());
    add.click();

    browser.find("heading", VISMA);
    assertThat(browser.driver().getTitle()).isEqualTo("Valgt leverandør - Altinn");
    browser.find("heading", "Fullmakt til 0 API");
    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    assertThat(give.getAttribute("aria-description")).isEqualTo("Se og rediger fullmakter");
    browser.find(give, "heading", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
    browser.await().until(d -> give.getText().contains("2 treff på søket:"));
    browser.find(give, "button", DPI + " 1 scopes");
    browser.find(give, "button", "Gi fullmakt for " + DPI).click();

    browser
        .await()
        .until(
            d ->
                give.findElements(By.cssSelector("[data-snackbar-live]")).stream()
                    .anyMatch(
                        live ->
                            live.getAttribute("textContent")
                                .equals(VISMA + " har nå fått fullmakt til " + DPI + ".")));
    WebElement remove = browser.find(give, "button", "Slett fullmakt for " + DPI);
    assertThat(remove.getText()).isEqualTo("Slett fullmakt");
    assertThat(browser.shows(give, "button", "Gi fullmakt for " + DPI + " – lesetilgang")).isTrue();
    remove.sendKeys(Keys.ESCAPE);

    browser.find("heading", "Fullmakt til 1 API");
    browser.find("button", DPI + " 1 scopes");
    browser.find("button", "Slett fullmakt for " + DPI);
    assertThat(state.altinn3Suppliers(APE)).contains("980858073=[digdir-dpi-send]");
  }

  @Test
  void everyPageHasAltinnsLandmarksAndNames() {
    browser.open(MASKINPORTEN);
    browser.find("link", "Testleverandor AS");

    WebElement first = browser.driver().findElement(By.cssSelector("#root a[href], #root button"));
    assertThat(first.getAccessibleName()).isEqualTo("Hopp til hovedinnholdet");
    assertThat(first.getAttribute("href")).endsWith("#main-content");
    assertThat(browser.driver().findElement(By.id("main-content")).getTagName()).isEqualTo("main");
    WebElement status = browser.driver().findElement(By.cssSelector("[role=status] h2"));
    assertThat(status.getAccessibleName())
        .isEqualTo("Altinn er fornyet. Slik gir du nye fullmakter og tilganger.");
    WebElement header = browser.driver().findElement(By.cssSelector("header"));
    WebElement mainNavigation = browser.find(header, "navigation", "hovednavigasjon");
    browser.find(mainNavigation, "link", "Altinn");
    browser.find(mainNavigation, "button", "Levende Kunstig Ape");
    browser.find(mainNavigation, "button", "Meny");
    WebElement aside = browser.driver().findElement(By.cssSelector("aside"));
    assertThat(aside.getAriaRole()).isEqualTo("complementary");
    browser.find(
        browser.find(aside, "navigation", "Sidebar"),
        "link",
        "Maskinporten" + SHY + "administrasjon");
    browser.find("navigation", "Breadcrumbs");
    // The page's footer; the header's menu has a footer of its own, which is no landmark.
    WebElement footer = browser.find("contentinfo", "");
    assertThat(footer.findElement(By.cssSelector("nav")).getAccessibleName()).isEmpty();
    assertThat(footer.getText()).contains("Postboks 1382 Vika, 0114 Oslo. Org.nr. 991 825 827");
    WebElement tablist = browser.driver().findElement(By.cssSelector("[role=tablist]"));
    assertThat(tablist.getAccessibleName()).isEmpty();
    browser.find("button", "Informasjon om leverandører").click();
    browser.find("link", "Les mer om bruk av Maskinporten");
  }

  @Test
  void bothTabPanelsAreInThePageAndTheConsumersLinksAreNamedByNameOnly() {
    browser.open(MASKINPORTEN + "#consumers");

    assertThat(browser.find("tab", "Konsumenter").getAttribute("aria-selected")).isEqualTo("true");
    WebElement consumer = browser.find("link", "Nordfjell Interkommunale Arkiv IKS");
    assertThat(consumer.getText()).contains("Org.nr. 310 166 138");
    browser.find("button", "Informasjon om konsumenter");
    List<WebElement> panels = browser.driver().findElements(By.cssSelector("[role=tabpanel]"));
    assertThat(panels).hasSize(2);
    assertThat(panels.get(0).getAttribute("hidden")).isNotNull();
    // The hidden suppliers' list loads on its own; its search field comes with it.
    browser.await().until(d -> !panels.get(0).findElements(SEARCH_FIELD).isEmpty());
    assertThat(panels.get(0).findElements(SEARCH_FIELD)).hasSize(1);

    browser.find("tab", "Leverandører").click();
    browser.find("link", "Testleverandor AS");
    assertThat(browser.driver().getCurrentUrl()).endsWith(MASKINPORTEN);
  }

  @Test
  void theListShowsTenAtATimeAndSearchFindsByNameOrNumber() {
    state.apply("altinn3-mange-leverandorer", APE);
    browser.open(MASKINPORTEN);

    browser.find("link", "Brygga Bakeri AS");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("[role=tabpanel]:not([hidden]) ul a[href]")))
        .hasSize(10);
    assertThat(browser.shows("link", VISMA)).isFalse();
    browser.find("button", "Se mer").click();
    browser.find("link", VISMA);
    assertThat(browser.shows("button", "Se mer")).isFalse();
    assertThat(browser.driver().findElement(By.cssSelector("main")).getText())
        .doesNotContain("null");

    WebElement search = browser.find("searchbox", "Søk");
    search.sendKeys("980 858");
    browser
        .await()
        .until(
            d ->
                d.findElements(By.cssSelector("[role=tabpanel]:not([hidden]) ul a[href]")).size()
                    == 1);
    browser.find("link", VISMA);
    // As a person empties it: clear() sets the value behind React's back, and React puts it back.
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    search.sendKeys("visma soft");
    browser
        .await()
        .until(
            d ->
                d.findElements(By.cssSelector("[role=tabpanel]:not([hidden]) ul a[href]")).size()
                    == 1);

    search.sendKeys("ware ltd");
    WebElement none = browser.await().until(d -> d.findElement(By.cssSelector(".empty-state")));
    assertThat(none.getText()).startsWith("Ingen treff på søket \"visma software ltd\".");
    assertThat(
            browser
                .driver()
                .findElements(By.xpath("//button[normalize-space()='Legg til leverandør']")))
        .hasSize(2);
  }

  @Test
  void theEmptyListSaysSoInAPlainParagraph() {
    state.apply("altinn3-tom", APE);
    browser.open(MASKINPORTEN);
    browser.find("searchbox", "Søk");
    // The list is drawn empty until the admin check answers, then loads and is drawn again.
    Optional<String> role =
        browser
            .await()
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  if (!d.findElements(By.cssSelector("[role=tabpanel] [aria-busy=true]"))
                      .isEmpty()) {
                    return null;
                  }
                  WebElement empty =
                      d.findElement(By.xpath("//p[text()='Ingen leverandører funnet.']"));
                  return Optional.ofNullable(empty.getAttribute("role"));
                });
    assertThat(role).isEmpty();
  }

  @Test
  void theLookupsMessagesAreAlertBoxesWithoutARoleAboveTheField() {
    browser.open(MASKINPORTEN);
    browser.waitUntilLoaded();
    browser.find("button", "Legg til leverandør").click();
    WebElement dialog = browser.find("dialog", "Legg til leverandør");
    WebElement field = browser.find(dialog, "textbox", "Organisasjonsnummer");
    WebElement messages = dialog.findElement(By.cssSelector("[aria-live=assertive]"));

    field.sendKeys(APE);
    browser.find(messages, "heading", "Du kan ikke gi tilgang til eget organisasjonsnummer");
    assertThat(messages.getText())
        .contains(
            "Har ikke din virksomhet tilgang, ta kontakt med tilbyder av API-et du skal gi tilgang til.");

    field.clear();
    field.sendKeys("312345676");
    browser
        .await()
        .until(
            d ->
                messages
                    .getText()
                    .equals(
                        "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at"
                            + " informasjonen er korrekt."));
    assertThat(dialog.findElements(By.cssSelector("[role=alert]"))).isEmpty();
    assertThat(messages.findElement(By.cssSelector(".ds-alert")).getAttribute("role")).isNull();
    assertThat(browser.find(dialog, "button", "Legg til virksomhet").isEnabled()).isFalse();

    field.sendKeys("1");
    browser.await().until(d -> messages.getText().isEmpty());
  }

  @Test
  void removingFromTheSupplierPageAsksNothingAndReadsTheListAgain() {
    state.apply("altinn3-visma-har-dpi-og-to-andre", APE);
    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.find("heading", "Fullmakt til 3 API");
    assertThat(browser.driver().findElements(By.cssSelector("nav[aria-label=Breadcrumbs] li")))
        .extracting(WebElement::getText)
        .containsExactly("Start", "Tilgangsstyring", "Maskinporten – Leverandører", VISMA);
    browser.findText("for Levende Kunstig Ape");

    WebElement remove = browser.find("button", "Slett fullmakt for " + DPI);
    assertThat(remove.getText()).isEqualTo("Slett fullmakt");
    remove.click();
    WebElement snackbar =
        browser.await().until(d -> d.findElement(By.cssSelector("[popover] [role=alert]")));
    assertThat(snackbar.getText())
        .isEqualTo("Fullmakten til " + DPI + " er fjernet fra " + VISMA + ".");
    browser.find(snackbar, "button", "close");
    browser.find("heading", "Fullmakt til 2 API");
    assertThat(browser.shows("button", "Slett fullmakt for " + DPI)).isFalse();
    browser.await().until(d -> RoleBrowser.isStale(snackbar));
    assertThat(state.altinn3Suppliers(APE))
        .contains("980858073=[digdir-krr-oppslag, digdir-dpv-dpo-send]");
  }

  @Test
  void aRowOpensItsDetailsInAnUnnamedDialogThatCanWithdrawIt() {
    state.apply("altinn3-visma-har-dpi", APE);
    browser.open(MASKINPORTEN + "/supplier/980858073");

    browser.find("button", DPI + " 1 scopes").click();
    WebElement details = browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
    assertThat(details.getAccessibleName()).isEmpty();
    browser.find(details, "button", "Lukk dialogvindu");
    browser.find(details, "heading", DPI);
    browser.find(details, "heading", "Scopes");
    assertThat(details.findElement(By.cssSelector("h4 + ul li")).getText())
        .isEqualTo("digitalpostinnbygger:send");
    assertThat(details.getText()).contains(VISMA + " har denne fullmakten.");
    browser.find(details, "button", "Slett fullmakt").click();

    browser.find(details, "img", "Fullført");
    browser.find(details, "button", "Gi fullmakt");
    browser.await().until(d -> !details.getText().contains("har denne fullmakten"));
    browser.find(details, "button", "Lukk dialogvindu").click();
    browser.find("heading", "Fullmakt til 0 API");
    browser.findText("Ingen fullmakter er lagt til ennå.");
  }

  @Test
  void theOwnerFilterNarrowsTheResultsAndEscapeClosesOnlyItsPopover() {
    state.apply("altinn3-visma-lagt-til", APE);
    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.find("button", "Gi fullmakt").click();
    String name = "Hvilke API vil du gi " + VISMA + " fullmakt til?";
    WebElement give = browser.find("dialog", name);
    browser.await().until(d -> give.getText().contains("18 treff på søket:"));

    WebElement filter = browser.find(give, "button", "Filtrer på tjenesteeier");
    filter.click();
    WebElement owners = browser.find(give, "group", "Tjenesteeier");
    WebElement digdir = browser.find(owners, "checkbox", "Digitaliseringsdirektoratet");
    digdir.click();
    browser
        .await()
        .until(
            d ->
                give.getText().matches("(?s).*\\b([1-9]|1[0-7]) treff på søket:.*")
                    && !give.getText().contains("18 treff"));
    assertThat(digdir.isSelected()).isTrue();

    digdir.sendKeys(Keys.ESCAPE);
    browser.await().until(d -> RoleBrowser.isStale(digdir));
    assertThat(browser.shows("dialog", name)).isTrue();
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(filter);
  }

  @Test
  void theGiveDialogPagesSevenAtATimeAndShowsDetailsInPlace() {
    state.apply("altinn3-visma-lagt-til", APE);
    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.find("button", "Gi fullmakt").click();
    WebElement give = browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");

    browser.await().until(d -> give.getText().contains("18 treff på søket:"));
    assertThat(give.findElements(By.cssSelector("li[id^='api-']"))).hasSize(7);
    WebElement pages = browser.find(give, "navigation", "");
    assertThat(browser.find(pages, "button", "Side 1").getAttribute("aria-current"))
        .isEqualTo("true");
    browser.find(pages, "button", "Side 3").click();
    browser.await().until(d -> give.findElements(By.cssSelector("li[id^='api-']")).size() == 4);
    assertThat(browser.find(give, "button", "Side 3").getAttribute("aria-current"))
        .isEqualTo("true");

    WebElement search = browser.find(give, "searchbox", "Søk etter API");
    search.sendKeys("DPI");
    browser.await().until(d -> give.getText().contains("3 treff på søket:"));
    browser.find(give, "button", "Tøm søk");
    WebElement row = browser.find(give, "button", DPI + " 1 scopes");
    assertThat(row.findElement(By.cssSelector("h3")).getText()).isEqualTo(DPI);
    row.click();

    WebElement back = browser.find(give, "button", "Tilbake");
    assertThat(browser.driver().switchTo().activeElement()).isEqualTo(back);
    browser.find(give, "heading", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
    browser.find(give, "heading", DPI);
    browser.find(give, "heading", "Scopes");
    assertThat(give.getText()).contains("Digitaliseringsdirektoratet", "digitalpostinnbygger:send");
    WebElement giveButton = browser.find(give, "button", "Gi fullmakt");
    browser.await().until(d -> giveButton.isEnabled());
    assertThat(RoleBrowser.isStale(giveButton)).isFalse();
    back.click();

    browser.find(give, "button", DPI + " 1 scopes");
    assertThat(search.getAttribute("value")).isEqualTo("DPI");
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "hpr");
    browser.await().until(d -> give.getText().contains("1 treff på søket:"));
    browser.find(give, "button", "Gi fullmakt for Helsepersonellregisteret – oppslag").click();

    browser.find(give, "button", "Tilbake");
    browser.find(give, "heading", "Du kan ikke gi fullmakt til denne tjenesten");
    assertThat(give.getText()).contains("Du kan ikke gi denne fullmakten.");
    assertThat(browser.find(give, "button", "Gi fullmakt").isEnabled()).isFalse();
    assertThat(state.altinn3Suppliers(APE)).contains("980858073=[]");

    browser.find(give, "button", "Tilbake").click();
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "tullball");
    browser.await().until(d -> give.getText().contains("Ingen treff på søket \"tullball\"."));
  }

  @Test
  void deletingTheSupplierAsksInAnUnnamedDialogAndGoesBackToTheList() {
    state.apply("altinn3-visma-har-dpi", APE);
    browser.open(MASKINPORTEN + "/supplier/980858073");
    browser.find("button", "Slett leverandør").click();

    WebElement dialog = browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
    assertThat(dialog.getAccessibleName()).isEmpty();
    browser.find(dialog, "heading", "Slett leverandør");
    assertThat(dialog.getText())
        .contains(
            "Er du sikker på at du vil fjerne "
                + VISMA
                + " som leverandør? Alle delegerte ressurser vil også bli fjernet.");
    browser.find(dialog, "button", "Avbryt");
    browser.find(dialog, "button", "Slett leverandør").click();

    WebElement snackbar =
        browser.await().until(d -> d.findElement(By.cssSelector("[popover] [role=alert]")));
    assertThat(snackbar.getText()).isEqualTo(VISMA + " er fjernet som leverandør.");
    browser.find("link", "Testleverandor AS");
    assertThat(browser.shows("link", VISMA)).isFalse();
    assertThat(state.altinn3Suppliers(APE)).noneMatch(s -> s.startsWith("980858073"));
  }

  @Test
  void anUnknownSupplierIsNotFoundWithALinkBack() {
    browser.open(MASKINPORTEN + "/supplier/971032146");

    browser.find("link", "Gå tilbake til oversikten");
    assertThat(browser.driver().findElement(By.cssSelector(".card .ds-alert")).getText())
        .isEqualTo("Vi fant ikke leverandøren");
    assertThat(browser.driver().findElements(By.cssSelector("h1"))).isEmpty();
    assertThat(control.get("/").statusCode()).isEqualTo(200);
  }
}
