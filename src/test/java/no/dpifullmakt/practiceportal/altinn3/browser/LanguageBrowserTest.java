package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;

import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Altinn 3 in the person's language, in a real browser: the page's {@code lang}, the texts, and the
 * header's language menu, whose choice is kept after logging in again.
 */
class LanguageBrowserTest {

  private static final String ASE = "15867210064";
  private static final String SIGRID = "21887410000";
  private static final String OLIVER = "03919110049";
  private static final String APE = "312787075";
  private static final String SHY = "\u00AD";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";

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

  @BeforeEach
  void everyoneLoggedOutInTheirSeededLanguage() {
    portal.reset();
  }

  private static String lang() {
    // Read in the page, not from a held element: choosing a language loads the page again.
    return (String) browser.driver().executeScript("return document.documentElement.lang");
  }

  private static void logInAgain(String pid) {
    browser.open("/idporten/logout");
    browser.openLoggedIn(MASKINPORTEN, pid, APE);
  }

  @Test
  void theNynorskPersonSeesNynorsk() {
    browser.openLoggedIn(MASKINPORTEN, SIGRID, APE);
    browser.find("heading", "Maskinporten" + SHY + "administrasjon for Levende Kunstig Ape");
    assertThat(lang()).isEqualTo("nn");
    assertThat(browser.find("tab", "Leverandørar").getAttribute("aria-selected")).isEqualTo("true");
    browser.find("tab", "Konsumentar");
    browser.find("heading", "org.nr. 312 787 075 (hovudeining)");
    browser.find("button", "Legg til leverandør");
    // The library's header keeps its navigation's name in every language.
    browser.find("navigation", "hovednavigasjon");
    browser.find("navigation", "Sidebar");
    browser.find("button", "Meny");
  }

  @Test
  void theEnglishPersonSeesEnglish() {
    browser.openLoggedIn(MASKINPORTEN, OLIVER, APE);
    browser.find("heading", "Maskinporten administration for Levende Kunstig Ape");
    assertThat(lang()).isEqualTo("en");
    assertThat(browser.find("tab", "Suppliers").getAttribute("aria-selected")).isEqualTo("true");
    browser.find("heading", "org.no. 312 787 075 (main unit)");
    browser.waitUntilLoaded();
    browser.find("button", "Add supplier").click();
    WebElement dialog = browser.find("dialog", "Add supplier");
    browser.find(dialog, "textbox", "Organization number");
    browser.find(dialog, "button", "Lukk dialogvindu").click();
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("a[href='#main-content']"))
                .getAttribute("textContent"))
        .isEqualTo("Skip to main content");
    browser.find("button", "Menu");
    assertThat(browser.driver().getTitle()).isEqualTo("Maskinporten administration - Altinn");
  }

  @Test
  void aLanguageChosenInTheMenuChangesThePageAndIsKept() {
    browser.openLoggedIn(MASKINPORTEN, ASE, APE);
    browser.find("tab", "Leverandører");
    assertThat(lang()).isEqualTo("nb");
    browser.waitUntilLoaded();

    browser.find("button", "Meny").click();
    browser.find("menuitem", "Språk/language").click();
    browser.findText("Velg språk");
    WebElement chosen = browser.find("menuitemradio", "Norsk (bokmål)");
    assertThat(chosen.getAttribute("aria-checked")).isEqualTo("true");
    assertThat(browser.find("menuitemradio", "English").getAttribute("aria-checked"))
        .isEqualTo("false");
    browser.find("menuitemradio", "English").click();

    browser.await().until(d -> "en".equals(lang()));
    browser.find("tab", "Suppliers");
    browser.find("button", "Add supplier");
    assertThat(browser.driver().getCurrentUrl()).endsWith(MASKINPORTEN);

    logInAgain(ASE);
    browser.find("tab", "Suppliers");
    assertThat(lang()).isEqualTo("en");

    browser.find("button", "Menu").click();
    browser.find("menuitem", "Språk/language").click();
    browser.findText("Choose language");
    browser.find("menuitemradio", "Norsk (nynorsk)").click();
    browser.await().until(d -> "nn".equals(lang()));
    browser.find("tab", "Leverandørar");
  }
}
