package no.dpifullmakt.practiceportal.drift;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Altinn 2's dialog with the changes switched on, as a person and the robot meet it. */
class Altinn2ChangesBrowserTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String ADD = "Legge til ny person eller virksomhet";

  private static final String DPI_RIGHT =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  private static PracticePortal portal;
  private static PortalBrowser control;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal =
        PracticePortal.start(
            PortalOptions.forTests()
                .withChanges("a2-ekstra-steg", "a2-knapp-omdopt", "a2-fane-omdopt"));
    control = new PortalBrowser(portal.baseUrl());
    browser = new RoleBrowser(portal.baseUrl());
  }

  @BeforeEach
  void fresh() {
    control.script("POST", "/ovelse/test/reset", null);
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  @Test
  void theRenamedAddDialogLeadsThroughBekreftRettighetshaverToTheOverview() {
    browser.openAs("/ui/Profile?Section=9", INGRID, FJORDVIK);
    browser.find("button", ADD).click();
    WebElement add = browser.unnamedDialogTitled(ADD);

    assertThat(browser.shows(add, "tab", "Ekstern virksomhet")).isFalse();
    browser.find(add, "tab", "Virksomhet").click();
    browser.find(add, "textbox", "Org.nr.:").sendKeys("980858073");
    browser.find(add, "textbox", "Navn:").sendKeys("vism");
    assertThat(browser.shows(add, "button", "Neste")).isFalse();
    browser.find(add, "button", "Gå videre").click();

    WebElement confirm = browser.unnamedDialogTitled("Bekreft rettighetshaver");
    browser
        .await()
        .until(
            d ->
                confirm
                    .getText()
                    .contains(
                        "Du legger til VISMA SOFTWARE INTERNATIONAL AS som rettighetshaver."));
    browser.find(confirm, "button", "Bekreft").click();

    WebElement overview = browser.unnamedDialogTitled("Gi og fjerne rettigheter");
    browser.find(overview, "link", "Gi tilgang til enkelttjenester");
    assertThat(
            new PortalBrowser(portal.baseUrl())
                .get("/ovelse/test/altinn2/tilstand?aktor=" + FJORDVIK)
                .body())
        .doesNotContain("980858073");
  }

  @Test
  void theLookAlikeReadsLikeTheDpiRightUnderRenamedSectionsAndItsFjernReadsSlett() {
    for (String change : new String[] {"a2-seksjon-omdopt", "a2-forveksling", "a2-fjern-omdopt"}) {
      control.script("POST", "/ovelse/test/endring/" + change, null);
    }
    control.script(
        "POST", "/ovelse/test/situasjon/altinn2-visma-har-forveksling?aktor=" + FJORDVIK, null);
    browser.openAs("/ui/Profile?Section=9", INGRID, FJORDVIK);
    WebElement visma =
        browser
            .await()
            .ignoring(StaleElementReferenceException.class)
            .until(
                d ->
                    d.findElements(By.cssSelector("#rightHolderList > li")).stream()
                        .filter(li -> li.getText().startsWith("VISMA SOFTWARE INTERNATIONAL AS"))
                        .findFirst()
                        .orElse(null));
    browser.find(visma, "button", "Gi eller fjern tilgang").click();
    WebElement dialog = browser.unnamedDialogTitled("Gi og fjerne rettigheter");

    WebElement section = browser.find(dialog, "heading", "Enkelttjenester (1)");
    assertThat(section.getTagName()).isEqualTo("h2");
    browser.find(section, "link", "Enkelttjenester (1)").click();
    WebElement item = dialog.findElement(By.cssSelector("#DirectRights-View-Actor li"));
    browser.await().until(d -> item.isDisplayed());
    assertThat(item.getText()).isEqualTo(DPI_RIGHT + "\nNorsk helsenett SF");

    browser.find(dialog, "link", "Fjern en eller flere rettigheter").click();
    WebElement removal =
        browser
            .find(dialog, "checkbox", "Fjern alle")
            .findElement(By.xpath("ancestor::div[contains(@class, 'a-js-removalSection')]"));
    browser.find(removal, "link", "Enkelttjenester (1)").click();
    WebElement slett = browser.find(removal, "button", "Slett");
    assertThat(browser.shows(removal, "button", "Fjern")).isFalse();
    slett.click();
    assertThat(slett.getText()).isEqualTo("Angre");
    slett.click();
    assertThat(slett.getText()).isEqualTo("Slett");
  }
}
