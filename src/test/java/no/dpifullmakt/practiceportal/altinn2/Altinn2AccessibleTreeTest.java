package no.dpifullmakt.practiceportal.altinn2;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Altinn 2's dialog as the accessible tree shows it (altinn-ui.md section 7): an unnamed dialog,
 * section headings with a link inside, the "Fjern alle" checkbox, owner lines and links on the
 * receipts.
 */
class Altinn2AccessibleTreeTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String PANEL = "/ui/Profile?Section=9";
  private static final String EKSEMPEL = "EKSEMPEL SYSTEMPARTNER AS";
  private static final String TWO_SERVICES = "Har tilgang til disse 2 enkelttjenestene";

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

  @Test
  void theDialogHasNoNameAndItsH1IsTheOnlyTitle() {
    browser.openAs(PANEL, INGRID, FJORDVIK);
    browser.find("link", "Andre med rettigheter");
    browser.find("button", "Legge til ny person eller virksomhet").click();

    WebElement dialog = browser.find("dialog", "");
    WebElement title = browser.find(dialog, "heading", "Legge til ny person eller virksomhet");

    assertThat(title.getTagName()).isEqualTo("h1");
    assertThat(dialog.getDomAttribute("aria-labelledby")).isNull();
  }

  @Test
  void removingWithTheFjernAlleCheckboxAndFinishingWithTheReceiptsLinks() {
    WebElement dialog = openRemovalPageOf(EKSEMPEL);

    WebElement heading = browser.find(dialog, "heading", TWO_SERVICES);
    assertThat(heading.getTagName()).isEqualTo("h2");
    WebElement toggle = browser.find(heading, "link", TWO_SERVICES);
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
    toggle.click();
    assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
    assertThat(shownTexts(dialog, ".a-removable-text"))
        .containsExactly(
            "DPI - varslingsinnstillinger for digital postkasse\nDigitaliseringsdirektoratet",
            "Kontakt- og reservasjonsregisteret - oppslag\nDigitaliseringsdirektoratet");

    WebElement removeAll = browser.find(dialog, "checkbox", "Fjern alle");
    removeAll.click();
    assertThat(buttonTexts(dialog)).containsExactly("Angre", "Angre");
    removeAll.click();
    assertThat(buttonTexts(dialog)).containsExactly("Fjern", "Fjern");
    dialog.findElements(By.cssSelector(".a-js-toggleRemove")).forEach(WebElement::click);
    assertThat(removeAll.isSelected()).isTrue();

    browser.find(dialog, "button", "Ferdig").click();
    browser.find(dialog, "heading", "Rettigheter er fjernet");
    browser.find(dialog, "link", "Tildel flere rettigheter");
    browser.await().until(d -> !browser.shows(dialog, "button", "Ferdig"));
    browser.find(dialog, "link", "Ferdig").click();

    browser.await().until(d -> !dialog.isDisplayed());
    browser
        .await()
        .ignoring(StaleElementReferenceException.class)
        .until(d -> !rowNames().isEmpty() && !rowNames().contains(EKSEMPEL));
  }

  @Test
  void theOverviewShowsEachServiceWithItsOwner() {
    control.script("POST", "/ovelse/test/situasjon/altinn2-ks-har-dpi?aktor=" + FJORDVIK, null);
    browser.openAs(PANEL, INGRID, FJORDVIK);
    WebElement dialog = openOverviewOf("KOMMUNESEKTORENS ORGANISASJON");

    browser.find(dialog, "link", TWO_SERVICES).click();

    assertThat(shownTexts(dialog, "#DirectRights-View-Actor li"))
        .containsExactly(
            "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten\n"
                + "Digitaliseringsdirektoratet",
            "KOSTRA - rapportering av kommunale tjenester\nStatistisk sentralbyrå");
  }

  private static WebElement openRemovalPageOf(String rightHolder) {
    browser.openAs(PANEL, INGRID, FJORDVIK);
    WebElement dialog = openOverviewOf(rightHolder);
    browser.find(dialog, "link", "Fjern en eller flere rettigheter").click();
    browser.find(dialog, "checkbox", "Fjern alle");
    return dialog;
  }

  private static WebElement openOverviewOf(String rightHolder) {
    WebElement row =
        browser
            .await()
            .ignoring(StaleElementReferenceException.class)
            .until(
                d ->
                    d.findElements(By.cssSelector("#rightHolderList > li")).stream()
                        .filter(li -> li.getText().startsWith(rightHolder))
                        .findFirst()
                        .orElse(null));
    browser.find(row, "button", "Gi eller fjern tilgang").click();
    WebElement dialog = browser.find("dialog", "");
    browser.find(dialog, "link", "Gi tilgang til enkelttjenester");
    return dialog;
  }

  private static List<String> rowNames() {
    return browser
        .driver()
        .findElements(By.cssSelector("#rightHolderList .a-rightHolder-name"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> shownTexts(WebElement scope, String css) {
    return scope.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  private static List<String> buttonTexts(WebElement dialog) {
    return shownTexts(dialog, ".a-js-toggleRemove");
  }
}
