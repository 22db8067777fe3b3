package no.dpifullmakt.benchmark;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The floor for today's procedure in Altinn 3 (Maskinportenadministrasjon, a supplier, an API): the
 * same clicks, keystrokes and page loads as the robot, with CSS and XPath instead of roles and
 * names, and only the waits the practice portal's single-page app needs. Like the robot it confirms
 * on the supplier's own page that the supplier is not there yet, opens each API the search finds to
 * read its scopes, and sees the change on the supplier's page afterwards. Each step ends where the
 * robot's ends.
 */
final class PlainAltinn3 {

  private static final By SIDEBAR = By.cssSelector("nav[aria-label='Sidebar']");
  private static final By MASKINPORTEN =
      By.cssSelector("nav[aria-label='Sidebar'] a[href$='/maskinporten']");
  private static final By SUPPLIER_SEARCH = By.cssSelector("[role=tabpanel]:not([hidden]) input");
  private static final By LIST_ANSWER =
      By.cssSelector(
          "[role=tabpanel]:not([hidden]) ul a[href], [role=tabpanel]:not([hidden]) .empty-text");
  private static final By NOT_FOUND = By.cssSelector("a.back-to-list");
  private static final By ADD_SUPPLIER =
      By.xpath(
          "//*[@role='tabpanel'][not(@hidden)]//button[normalize-space()='Legg til leverandør']");
  private static final By ORGNR = By.cssSelector("dialog[open] input[type=text]");
  private static final By FOUND_NAME = By.cssSelector("dialog[open] .lookup-name");
  private static final By ADD_ORGANISATION = By.cssSelector("dialog[open] button[type=submit]");
  private static final By API_COUNT = By.cssSelector("h2.section-heading");
  private static final By GIVEN_LIST = By.cssSelector("main ul li[id^='api-'], main .empty-text");
  private static final By GIVE = By.xpath("//main//button[normalize-space()='Gi fullmakt']");
  private static final By SEARCH = By.cssSelector("dialog[open] input[type=search]");
  private static final By RESULT_ROWS =
      By.cssSelector("dialog[open] li[id^='api-'] button[aria-label]");
  private static final By OPEN_ROW = By.cssSelector("dialog[open] li[id^='api-'] > div > button");
  private static final By BACK = By.cssSelector("dialog[open] .back-button");
  private static final By SCOPES = By.cssSelector("dialog[open] .scope-list li");
  private static final By HITS = By.cssSelector("dialog[open] .hit-count");
  private static final By CLOSE = By.cssSelector("dialog[open] > button[command=close]");
  private static final By DIALOG = By.cssSelector("dialog[open]");
  private static final By GIVEN_ACTIONS =
      By.cssSelector("main li[id^='api-'] button[aria-label^='Slett fullmakt for ']");

  private PlainAltinn3() {}

  static List<Duration> give(WebDriver driver, String portal, String orgnr, String nameStart) {
    WebDriverWait wait = PlainLogin.waitOn(driver);
    StepClock clock = new StepClock();

    PlainLogin.logIn(
        driver, wait, portal + "/accessmanagement/ui/", PracticeData.PID, PracticeData.ACTOR);
    wait.until(visibilityOfElementLocated(SIDEBAR));
    clock.stepDone();

    // 1 "Maskinportenadministrasjon" in the sidebar.
    wait.until(elementToBeClickable(MASKINPORTEN)).click();
    wait.until(visibilityOfElementLocated(SUPPLIER_SEARCH));
    clock.stepDone();

    // 2 The number in the list's search.
    driver.findElement(SUPPLIER_SEARCH).sendKeys(orgnr);
    clock.stepDone();

    // 3 The list answers; not there, so the supplier's own page is read twice, and back.
    wait.until(visibilityOfElementLocated(LIST_ANSWER));
    if (!driver.findElements(By.cssSelector("a[href$='/supplier/" + orgnr + "']")).isEmpty()) {
      throw new IllegalStateException(orgnr + " står allerede som leverandør");
    }
    String here = driver.getCurrentUrl().replaceAll("[#?].*$", "");
    driver.navigate().to(here + "/supplier/" + orgnr);
    wait.until(visibilityOfElementLocated(NOT_FOUND));
    driver.navigate().refresh();
    wait.until(visibilityOfElementLocated(NOT_FOUND)).click();
    wait.until(visibilityOfElementLocated(ADD_SUPPLIER));
    clock.stepDone();

    // 4 "Legg til leverandør".
    PlainLogin.click(wait, ADD_SUPPLIER);
    wait.until(visibilityOfElementLocated(ORGNR));
    clock.stepDone();

    // 5 The organisation number; Altinn looks it up.
    driver.findElement(ORGNR).sendKeys(orgnr);
    wait.until(visibilityOfElementLocated(FOUND_NAME));
    clock.stepDone();

    // 6 The name under "Du legger til:" begins with the letters given.
    String found = driver.findElement(FOUND_NAME).getText().strip();
    if (!found.toLowerCase(Locale.ROOT).startsWith(nameStart.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("Altinn fant «" + found + "» under " + orgnr);
    }
    clock.stepDone();

    // 7 "Legg til virksomhet": Altinn stores the supplier and opens its page.
    wait.until(elementToBeClickable(ADD_ORGANISATION)).click();
    wait.until(visibilityOfElementLocated(API_COUNT));
    clock.stepDone();

    // 8 "Gi fullmakt" opens the dialog; the page's list first, to see the change on it later.
    wait.until(visibilityOfElementLocated(GIVEN_LIST));
    long before = givenDpi(driver);
    PlainLogin.click(wait, GIVE);
    wait.until(visibilityOfElementLocated(SEARCH));
    clock.stepDone();

    // 9 Search for the scope; the list is drawn anew once the search has run.
    wait.until(visibilityOfElementLocated(RESULT_ROWS));
    String everything = driver.findElement(HITS).getText();
    WebElement oldFirst = driver.findElement(RESULT_ROWS);
    driver.findElement(SEARCH).sendKeys(PracticeData.ALTINN3_SEARCH);
    wait.until(stalenessOf(oldFirst));
    wait.until(
        d ->
            !d.findElements(RESULT_ROWS).isEmpty()
                && !d.findElement(HITS).getText().equals(everything));
    clock.stepDone();

    // 10 Each result opened, its scopes read, and back.
    int dpiRow = -1;
    int rows = driver.findElements(OPEN_ROW).size();
    for (int i = 0; i < rows; i++) {
      driver.findElements(OPEN_ROW).get(i).click();
      List<String> scopes = new ArrayList<>();
      wait.until(visibilityOfElementLocated(SCOPES));
      driver.findElements(SCOPES).forEach(scope -> scopes.add(scope.getText().strip()));
      if (scopes.contains(PracticeData.ALTINN3_SEARCH)) {
        dpiRow = i;
      }
      PlainLogin.click(wait, BACK);
      wait.until(visibilityOfElementLocated(RESULT_ROWS));
    }
    if (dpiRow < 0) {
      throw new IllegalStateException("Ingen av treffene har " + PracticeData.ALTINN3_SEARCH);
    }
    final int row = dpiRow;
    wait.until(d -> d.findElements(RESULT_ROWS).get(row).isEnabled());
    clock.stepDone();

    // 11 "Gi fullmakt" in the row; its button turns into "Slett fullmakt".
    driver.findElements(RESULT_ROWS).get(row).click();
    wait.until(
        d ->
            d.findElements(RESULT_ROWS).size() > row
                && d.findElements(RESULT_ROWS)
                    .get(row)
                    .getAttribute("aria-label")
                    .startsWith("Slett fullmakt"));
    clock.stepDone();

    // 12 "Lukk": the supplier's page reads its list again and shows the API once more.
    PlainLogin.click(wait, CLOSE);
    wait.until(d -> d.findElements(DIALOG).isEmpty());
    wait.until(d -> givenDpi(d) == before + 1);
    clock.stepDone();

    // Check: what the page showed after closing is the check, as for the robot.
    clock.stepDone();
    return clock.laps();
  }

  private static long givenDpi(WebDriver driver) {
    return driver.findElements(GIVEN_ACTIONS).stream()
        .filter(
            action ->
                action
                    .getAttribute("aria-label")
                    .equals("Slett fullmakt for " + PracticeData.ALTINN3_API))
        .count();
  }
}
