package no.dpifullmakt.practiceportal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import no.dpifullmakt.practiceportal.PortalBrowser;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Altinn 2's dialog with the changes switched on, as a person and the robot meet it. */
class Altinn2ChangesBrowserTest {

  private static final String INGRID = "12857610030";
  private static final String FJORDVIK = "315260183";
  private static final String ADD = "Legge til ny person eller virksomhet";

  private static PracticePortal portal;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal =
        PracticePortal.start(
            PortalOptions.forTests()
                .withChanges("a2-ekstra-steg", "a2-knapp-omdopt", "a2-fane-omdopt"));
    browser = new RoleBrowser(portal.baseUrl());
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
}
