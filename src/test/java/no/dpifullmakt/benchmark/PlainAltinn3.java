package no.dpifullmakt.benchmark;

import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The floor for today's procedure in Altinn 3 (Maskinportenadministrasjon, a supplier, an API): the
 * same clicks and keystrokes as the robot, with CSS and XPath instead of roles and names, and only
 * the waits the practice portal's single-page app needs. Each step ends where the robot's ends.
 */
final class PlainAltinn3 {

  private static final By SIDEBAR = By.cssSelector("nav[aria-label='Sidebar']");
  private static final By MASKINPORTEN =
      By.cssSelector("nav[aria-label='Sidebar'] a[href$='/maskinporten']");
  private static final By ADD_SUPPLIER =
      By.xpath("//main//button[normalize-space()='Legg til leverandør']");
  private static final By SPINNER = By.cssSelector(".spinner");
  private static final By DIALOG = By.cssSelector("dialog[open]");
  private static final By ORGNR = By.cssSelector("dialog[open] input.text-input");
  private static final By FOUND_NAME = By.cssSelector("dialog[open] .lookup-name");
  private static final By ADD_ORGANISATION = By.cssSelector("dialog[open] button[type=submit]");
  private static final By API_COUNT = By.cssSelector("h2.section-heading");
  private static final By GIVE = By.xpath("//main//button[normalize-space()='Gi fullmakt']");
  private static final By SEARCH = By.cssSelector("dialog[open] input.search-input");
  private static final By FIRST_ACTION = By.cssSelector("dialog[open] .api-action");
  private static final By CLOSE = By.cssSelector("dialog[open] .modal-close");
  private static final By GIVEN_TITLES = By.cssSelector("main .api-list .api-title");

  private PlainAltinn3() {}

  static List<Duration> give(WebDriver driver, String portal, String orgnr, String nameStart) {
    WebDriverWait wait = PlainLogin.waitOn(driver);
    StepClock clock = new StepClock();
    By supplierLink = By.cssSelector("a[href$='/maskinporten/supplier/" + orgnr + "']");

    PlainLogin.logIn(
        driver, wait, portal + "/accessmanagement/ui/", PracticeData.PID, PracticeData.ACTOR);
    wait.until(visibilityOfElementLocated(SIDEBAR));
    clock.stepDone();

    // 1 "Maskinportenadministrasjon" in the sidebar; the supplier list loads.
    openSupplierList(driver, wait);
    clock.stepDone();

    // 2 The supplier, if the list has it: after a reset it does not.
    if (!driver.findElements(supplierLink).isEmpty()) {
      throw new IllegalStateException(orgnr + " står allerede som leverandør");
    }
    clock.stepDone();

    // 3 "Legg til leverandør".
    driver.findElement(ADD_SUPPLIER).click();
    wait.until(visibilityOfElementLocated(ORGNR));
    clock.stepDone();

    // 4 The organisation number; Altinn looks it up.
    driver.findElement(ORGNR).sendKeys(orgnr);
    wait.until(visibilityOfElementLocated(FOUND_NAME));
    clock.stepDone();

    // 5 The name under "Du legger til:" begins with the letters given.
    String found = driver.findElement(FOUND_NAME).getText().strip();
    if (!found.toLowerCase(Locale.ROOT).startsWith(nameStart.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("Altinn fant «" + found + "» under " + orgnr);
    }
    clock.stepDone();

    // 6 "Legg til virksomhet": Altinn stores the supplier and opens its page.
    wait.until(elementToBeClickable(ADD_ORGANISATION)).click();
    wait.until(supplierPageLoaded());
    clock.stepDone();

    // 7 "Gi fullmakt" opens the dialog with the API search.
    driver.findElement(GIVE).click();
    wait.until(visibilityOfElementLocated(SEARCH));
    clock.stepDone();

    // 8 Search for the scope; the list is drawn anew once the search has run.
    wait.until(and(noSpinner(), visibilityOfElementLocated(FIRST_ACTION)));
    WebElement oldFirst = driver.findElement(FIRST_ACTION);
    driver.findElement(SEARCH).sendKeys(PracticeData.ALTINN3_SEARCH);
    wait.until(and(stalenessOf(oldFirst), noSpinner(), visibilityOfElementLocated(FIRST_ACTION)));
    clock.stepDone();

    // 9 "Gi fullmakt" at the API; its button turns into "Slett fullmakt".
    By action = actionFor(PracticeData.ALTINN3_API);
    driver.findElement(action).click();
    wait.until(textToBePresentInElementLocated(action, "Slett fullmakt"));
    clock.stepDone();

    // 10 "Lukk": the supplier's page loads its list again.
    driver.findElement(CLOSE).click();
    wait.until(d -> d.findElements(DIALOG).isEmpty());
    wait.until(supplierPageLoaded());
    clock.stepDone();

    // Check: from the menu again, open the supplier and count the API among the given ones.
    openSupplierList(driver, wait);
    driver.findElement(supplierLink).click();
    wait.until(supplierPageLoaded());
    long given =
        driver.findElements(GIVEN_TITLES).stream()
            .filter(title -> title.getText().strip().equals(PracticeData.ALTINN3_API))
            .count();
    if (given != 1) {
      throw new IllegalStateException(orgnr + " har fullmakten " + given + " ganger, ikke én");
    }
    clock.stepDone();
    return clock.laps();
  }

  private static void openSupplierList(WebDriver driver, WebDriverWait wait) {
    driver.findElement(MASKINPORTEN).click();
    wait.until(and(visibilityOfElementLocated(ADD_SUPPLIER), noSpinner()));
  }

  private static ExpectedCondition<Boolean> supplierPageLoaded() {
    return and(visibilityOfElementLocated(API_COUNT), noSpinner());
  }

  private static ExpectedCondition<Boolean> noSpinner() {
    return d -> d.findElements(SPINNER).isEmpty();
  }

  private static By actionFor(String api) {
    return By.xpath(
        "//dialog[@open]//li[contains(@class,'api-row')][.//span[@class='api-title' and"
            + " normalize-space()='"
            + api
            + "']]//button[contains(@class,'api-action')]");
  }
}
