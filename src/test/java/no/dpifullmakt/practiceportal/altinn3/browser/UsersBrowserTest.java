package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** "Brukere" still works on the new furniture: a new organisation user and a single right. */
class UsersBrowserTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";

  private static PracticePortal portal;
  private static RoleBrowser browser;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    browser = new RoleBrowser(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  @Test
  void addsAnOrganisationAndGivesItASingleRight() {
    browser.openAs("/accessmanagement/ui/users", ASE, APE);
    browser.find("heading", "Brukere");
    browser.find("button", "Ny bruker").click();
    WebElement dialog = browser.find("dialog", "Legg til ny person eller virksomhet");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("dialog [role=tablist]"))
                .getAccessibleName())
        .isEmpty();
    browser.find(dialog, "tab", "Virksomhet").click();
    browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys("980858073");
    browser.find(dialog, "heading", "Du legger til:");
    WebElement add = browser.find(dialog, "button", "Legg til virksomhet");
    browser.await().until(d -> add.isEnabled());
    add.click();

    browser.find("heading", "Visma Software International AS");
    browser.find("tab", "Enkelttjenester").click();
    browser.find("button", "Gi fullmakt").click();
    WebElement give =
        browser.find("dialog", "Gi Visma Software International AS fullmakt til ny tjeneste");
    WebElement search = browser.find(give, "searchbox", "Søk etter tjenester");
    search.sendKeys("trekkoppgave");
    browser.await().until(d -> give.getText().contains("0 treff på søket:"));
    browser.find(give, "switch", "Vis utgåtte tjenester").click();
    browser.await().until(d -> give.getText().contains("1 treff på søket:"));
    assertThat(give.getText()).contains("Lønns- og trekkoppgave");
    browser.find(give, "switch", "Vis utgåtte tjenester").click();
    browser.await().until(d -> give.getText().contains("0 treff på søket:"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "A-melding");
    browser.await().until(d -> give.getText().contains("2 treff på søket:"));
    browser.find(give, "button", "Gi fullmakt for A-melding").click();
    browser.find(give, "button", "Slett fullmakt for A-melding");
    browser.find(give, "button", "Lukk").click();
    browser.find("heading", "Fullmakt til 1 enkelttjenester");
  }
}
