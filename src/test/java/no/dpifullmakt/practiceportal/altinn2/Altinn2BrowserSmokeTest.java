package no.dpifullmakt.practiceportal.altinn2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.practiceportal.HeadlessChromium;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks the letter's 12 steps through the practice portal in a real browser, finding things by
 * role, accessible name and id as a robot would, and waiting only for conditions.
 */
class Altinn2BrowserSmokeTest {

  private static final String DPI_RIGHT =
      "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten";

  private static PracticePortal portal;
  private static WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() {
    assertTrue(HeadlessChromium.installed(), "Chromium mangler: kjør scripts/sikre-nettleser.sh");
    portal = PracticePortal.start(PortalOptions.forTests());
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @BeforeEach
  void freshState() {
    portal.reset();
    browser.manage().deleteAllCookies();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    // Lists are replaced when they (re)load, the spinner row included.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @Test
  void theLettersTwelveStepsGiveVismaTheDpiRight() {
    logIn("12857610030", "FJORDVIK KOMMUNE Org.nr. 315 260 183");

    // 1-2: "Profil", then the panel whose link is named "Andre med rettigheter"
    link("profil").click();
    WebElement panel = wait.until(d -> link("Andre med rettigheter"));
    assertThat(link("Andre med rettigheter til virksomheten")).isNull();
    panel.click();
    // 3: the add button appears once the panel has loaded
    wait.until(ExpectedConditions.elementToBeClickable(By.id("addNewRightHolder"))).click();
    // 4-7: tab "Ekstern virksomhet", Org.nr., four characters of the name, "Neste"
    WebElement dialog = wait.until(d -> d.findElement(By.cssSelector("div.a-modal[role=dialog]")));
    // The dialog has no accessible name; its h1 is the only title.
    assertThat(dialog.getAriaRole()).isEqualTo("dialog");
    assertThat(dialog.getAccessibleName()).isEmpty();
    wait.until(d -> named(dialog, "heading", "Legge til ny person eller virksomhet"));
    wait.until(d -> named(dialog, "tab", "Ekstern virksomhet")).click();
    WebElement orgnr = dialog.findElement(By.id("add-org-orgnr"));
    orgnr.sendKeys("980858073");
    assertThat(orgnr.getAttribute("value")).isEqualTo("980 858 073");
    dialog.findElement(By.cssSelector("input[placeholder='Min. 4 første tegn']")).sendKeys("vism");
    visibleButton(dialog, "Neste").click();
    // 8: "Gi tilgang til enkelttjenester"
    wait.until(d -> named(dialog, "link", "Gi tilgang til enkelttjenester")).click();
    // 9: search "dpi", Enter
    WebElement search =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.id("delegation-request-service-search-input")));
    search.sendKeys("dpi" + Keys.ENTER);
    // 10: the plus of the box with the DPI right, among look-alikes
    WebElement result =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#delegation-request-available-services li")).stream()
                    .filter(li -> li.getText().contains(DPI_RIGHT))
                    .findFirst()
                    .orElse(null));
    named(result, "button", "Legg til").click();
    // 11: "Neste" at the bottom
    wait.until(ExpectedConditions.elementToBeClickable(By.id("SubmitServiceSelection"))).click();
    // 12: the receipt, "Ferdig"
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".a-modal-receiptContent h2"), "Nye rettigheter er gitt"));
    assertThat(named(dialog, "button", "Ferdig")).isNull();
    assertThat(named(dialog, "link", "Tildel flere rettigheter")).isNotNull();
    wait.until(d -> named(dialog, "link", "Ferdig")).click();

    WebElement vismaRow =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#rightHolderList > li")).stream()
                    .filter(li -> li.getText().contains("VISMA SOFTWARE INTERNATIONAL AS"))
                    .findFirst()
                    .orElse(null));
    // Checking afterwards: the row's "Gi eller fjern tilgang" leads to the overview
    named(vismaRow, "button", "Gi eller fjern tilgang").click();
    WebElement section =
        wait.until(d -> named(dialog, "heading", "Har tilgang til disse 1 enkelttjenestene"));
    assertThat(section.getTagName()).isEqualTo("h2");
    named(section, "link", "Har tilgang til disse 1 enkelttjenestene").click();
    wait.until(d -> dialog.findElement(By.id("DirectRights-View-Actor")).isDisplayed());
    List<String> services =
        dialog.findElements(By.cssSelector("#DirectRights-View-Actor li")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(services).containsExactly(DPI_RIGHT + "\nDigitaliseringsdirektoratet");
  }

  @Test
  void manyPartiesBringASearchboxThatFiltersTheMenu() {
    browser.get(portal.baseUrl() + "/ui/MessageBox");
    link("TestID Lag din egen (testbruker)").click();
    browser.findElement(By.id("pid")).sendKeys("08828510011");
    visibleButton(browser.findElement(By.tagName("main")), "Autentiser").click();

    WebElement searchbox =
        wait.until(d -> named(d.findElement(By.tagName("body")), "searchbox", "Søk etter aktør"));
    searchbox.sendKeys("bjør");

    wait.until(
        d ->
            d.findElements(By.cssSelector("[role=menuitem]")).stream()
                    .filter(WebElement::isDisplayed)
                    .count()
                == 1);
    named(
            browser.findElement(By.cssSelector("[role=menu]")),
            "menuitem",
            "BJØRKÅSEN REGNSKAP AS Org.nr. 318 219 931")
        .click();
    wait.until(ExpectedConditions.urlContains("/ui/MessageBox"));
  }

  private void logIn(String pid, String actor) {
    browser.get(portal.baseUrl() + "/ui/MessageBox");
    link("TestID Lag din egen (testbruker)").click();
    browser.findElement(By.id("pid")).sendKeys(pid);
    visibleButton(browser.findElement(By.tagName("main")), "Autentiser").click();
    WebElement menu = wait.until(d -> d.findElement(By.cssSelector("[role=dialog] [role=menu]")));
    named(menu, "menuitem", actor).click();
    wait.until(ExpectedConditions.urlContains("/ui/MessageBox"));
  }

  private WebElement link(String accessibleName) {
    return named(browser.findElement(By.tagName("body")), "link", accessibleName);
  }

  private static WebElement visibleButton(WebElement scope, String accessibleName) {
    return named(scope, "button", accessibleName);
  }

  /** The first displayed element in scope with this ARIA role and accessible name, or null. */
  private static WebElement named(WebElement scope, String role, String accessibleName) {
    return scope.findElements(By.cssSelector(CANDIDATES.get(role))).stream()
        .filter(e -> accessibleName.equals(e.getAccessibleName()))
        .filter(e -> role.equals(e.getAriaRole()) && e.isDisplayed())
        .findFirst()
        .orElse(null);
  }

  private static final Map<String, String> CANDIDATES =
      Map.of(
          "link", "a[href]",
          "heading", "h1, h2, h3",
          "button", "button, [role=button]",
          "tab", "[role=tab]",
          "menuitem", "[role=menuitem]",
          "searchbox", "input[type=search], [role=searchbox]");
}
