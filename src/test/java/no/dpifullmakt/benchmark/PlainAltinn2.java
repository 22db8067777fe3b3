package no.dpifullmakt.benchmark;

import static org.openqa.selenium.support.ui.ExpectedConditions.and;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The floor for the letter's twelve steps in Altinn 2: the same clicks and keystrokes as the robot,
 * with ids and CSS instead of roles and names, and only the waits the practice portal's pages need.
 * Each step ends where the robot's step ends, so the two can be compared step by step.
 */
final class PlainAltinn2 {

  private static final By PROFILE = By.linkText("profil");
  private static final By OTHERS_WITH_RIGHTS = By.id("othersWithRightsHeader");
  private static final By ADD = By.id("addNewRightHolder");
  private static final By LIST_LOADING = By.cssSelector("#rightHolderList .a-loader");
  private static final By BACKDROP = By.id("a-modal-backdrop");
  private static final By EXTERNAL_TAB = By.id("add-tab-organisation");
  private static final By ORGNR = By.id("add-org-orgnr");
  private static final By NAME = By.id("add-org-navn");
  private static final By NEXT = By.cssSelector("#add-panel-organisation button[type=submit]");
  private static final By SINGLE_SERVICES = By.linkText("Gi tilgang til enkelttjenester");
  private static final By SEARCH = By.id("delegation-request-service-search-input");
  private static final By RESULT_BUTTON =
      By.cssSelector("#delegation-request-available-services .a-js-chooseService");
  private static final By SUBMIT = By.id("SubmitServiceSelection");
  private static final By RECEIPT = By.cssSelector(".a-receipt-title");
  private static final By FINISH = By.cssSelector(".a-modal-page .a-js-modalFinish");
  private static final By SECTION_TOGGLE = By.cssSelector(".a-modal-page .a-js-collapse");
  private static final By CLOSE = By.cssSelector(".a-js-modalClose");

  /** A dialog page that slides in is still moving while the one it replaces is leaving. */
  private static final By LEAVING_PAGE = By.cssSelector(".a-modal-page-leaving");

  private PlainAltinn2() {}

  static List<Duration> give(WebDriver driver, String portal, String orgnr, String nameStart) {
    WebDriverWait wait = PlainLogin.waitOn(driver);
    StepClock clock = new StepClock();

    PlainLogin.logIn(driver, wait, portal + "/ui/MessageBox", PracticeData.PID, PracticeData.ACTOR);
    wait.until(visibilityOfElementLocated(PROFILE));
    clock.stepDone();

    // 1 "Profil" in the top menu.
    driver.findElement(PROFILE).click();
    wait.until(visibilityOfElementLocated(OTHERS_WITH_RIGHTS));
    clock.stepDone();

    // 2 "Andre med rettigheter til virksomheten": the panel, then its list, load.
    driver.findElement(OTHERS_WITH_RIGHTS).click();
    wait.until(listLoaded());
    clock.stepDone();

    // 3 "+ Legge til ny person eller virksomhet".
    driver.findElement(ADD).click();
    wait.until(visibilityOfElementLocated(EXTERNAL_TAB));
    clock.stepDone();

    // 4 "Ekstern virksomhet".
    driver.findElement(EXTERNAL_TAB).click();
    wait.until(visibilityOfElementLocated(ORGNR));
    clock.stepDone();

    // 5 and 6: the organisation number and the first letters of the name.
    driver.findElement(ORGNR).sendKeys(orgnr);
    clock.stepDone();
    driver.findElement(NAME).sendKeys(nameStart);
    clock.stepDone();

    // 7 "Neste": Altinn shows the right holder.
    driver.findElement(NEXT).click();
    wait.until(visibilityOfElementLocated(SINGLE_SERVICES));
    clock.stepDone();

    // 8 "Gi tilgang til enkelttjenester", once the page has slid in.
    wait.until(invisibilityOfElementLocated(LEAVING_PAGE));
    driver.findElement(SINGLE_SERVICES).click();
    wait.until(visibilityOfElementLocated(SEARCH));
    clock.stepDone();

    // 9 Search for "dpi" and wait for the results.
    wait.until(invisibilityOfElementLocated(LEAVING_PAGE));
    driver.findElement(SEARCH).sendKeys(PracticeData.ALTINN2_SEARCH, Keys.ENTER);
    wait.until(visibilityOfElementLocated(RESULT_BUTTON));
    clock.stepDone();

    // 10 The plus at the DPI service.
    driver.findElement(serviceButton(PracticeData.ALTINN2_SERVICE)).click();
    clock.stepDone();

    // 11 "Neste" at the bottom stores the delegation; Altinn shows the receipt.
    wait.until(elementToBeClickable(SUBMIT)).click();
    wait.until(visibilityOfElementLocated(RECEIPT));
    clock.stepDone();

    // 12 "Ferdig": the dialog closes and the list loads again.
    wait.until(invisibilityOfElementLocated(LEAVING_PAGE));
    driver.findElement(FINISH).click();
    wait.until(and(invisibilityOfElementLocated(BACKDROP), listLoaded()));
    clock.stepDone();

    // Check: open the right holder, open its single services, read them, close.
    int held = timesHeld(driver, wait, orgnr);
    if (held != 1) {
      throw new IllegalStateException(orgnr + " har rettigheten " + held + " ganger, ikke én");
    }
    clock.stepDone();
    return clock.laps();
  }

  private static int timesHeld(WebDriver driver, WebDriverWait wait, String orgnr) {
    driver
        .findElement(
            By.cssSelector(
                "#rightHolderList li.a-rightHolder[data-search$='" + orgnr + "'] .a-js-openModal"))
        .click();
    WebElement toggle = wait.until(visibilityOfElementLocated(SECTION_TOGGLE));
    if (!"true".equals(toggle.getAttribute("aria-expanded"))) {
      toggle.click();
    }
    By items = By.cssSelector("#" + toggle.getAttribute("aria-controls") + " li");
    wait.until(visibilityOfElementLocated(items));
    int held =
        (int)
            driver.findElements(items).stream()
                // Each item: the service's title, and its owner on the line under it.
                .filter(
                    item ->
                        item.getText()
                            .strip()
                            .lines()
                            .findFirst()
                            .orElse("")
                            .equals(PracticeData.ALTINN2_SERVICE))
                .count();
    driver.findElement(CLOSE).click();
    wait.until(invisibilityOfElementLocated(BACKDROP));
    return held;
  }

  private static ExpectedCondition<Boolean> listLoaded() {
    return and(visibilityOfElementLocated(ADD), invisibilityOfElementLocated(LIST_LOADING));
  }

  private static By serviceButton(String service) {
    return By.cssSelector(
        "#delegation-request-available-services li.a-serviceResult[data-name=\""
            + service
            + "\"] .a-js-chooseService");
  }
}
