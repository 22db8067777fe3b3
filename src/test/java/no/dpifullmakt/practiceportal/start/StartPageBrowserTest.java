package no.dpifullmakt.practiceportal.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import no.dpifullmakt.practiceportal.LoopbackProxy;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser, reaching a portal started for people at another address through a
 * plain HTTP proxy: the start page, its practice controls, and the way into Altinn 3.
 */
class StartPageBrowserTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String ELSEWHERE = "http://ovingsportal.test:8080";
  private static final String SHY = "\u00AD";

  private static PracticePortal portal;
  private static LoopbackProxy proxy;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(
        CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "Chromium mangler: kjør scripts/sikre-nettleser.sh");
    portal = PracticePortal.start(PortalOptions.forPeople(0));
    proxy = new LoopbackProxy("ovingsportal.test", portal.port());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.getPath());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--user-data-dir=" + Files.createTempDirectory("startside-chromium"),
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--proxy-server=http://127.0.0.1:" + proxy.port());
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    // The SPA redraws its heading while it loads; a heading found a moment ago may be gone.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aPersonStartsFromASituationAndGoesIntoAltinn3() {
    browser.get(ELSEWHERE + "/");
    assertThat(browser.findElement(By.cssSelector("[role=note]")).getText())
        .isEqualTo("Øvingsportal – ikke Altinn. Alle personer og virksomheter er oppdiktet.");

    new Select(browser.findElement(By.id("aktor"))).selectByValue("315260183");
    browser.findElement(By.id("situasjon-altinn3-visma-lagt-til")).click();
    browser.findElement(By.xpath("//button[normalize-space()='Start fra situasjonen']")).click();

    WebElement notice = wait.until(d -> d.findElement(By.cssSelector(".notice[role=status]")));
    assertThat(notice.getText())
        .contains("Fjordvik kommune starter fra en ny situasjon i Altinn 3")
        .contains("Logg inn som Ingrid Fjellheim (12857610030)");
    notice.findElement(By.linkText("Gå til Altinn 3")).click();

    wait.until(d -> d.getCurrentUrl().startsWith(ELSEWHERE + "/idporten/login"));
    browser.findElement(By.partialLinkText("TestID")).click();
    wait.until(d -> d.findElement(By.id("pid"))).sendKeys("12857610030");
    browser.findElement(By.xpath("//button[normalize-space()='Autentiser']")).click();
    wait.until(d -> d.getCurrentUrl().contains("/velg-aktor"));
    browser.findElement(By.cssSelector("[role=menuitem][value='315260183']")).click();

    wait.until(
        d ->
            d.findElements(By.tagName("h1")).stream()
                .anyMatch(
                    h ->
                        h.getText()
                            .replace(SHY, "")
                            .equals("Maskinportenadministrasjon for Fjordvik kommune")));
    wait.until(
        d -> !d.findElements(By.partialLinkText("Visma Software International AS")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(ELSEWHERE + "/accessmanagement/ui/maskinporten");
    assertThat(proxy.forwarded()).allMatch(f -> f.host().equals("ovingsportal.test:8080"));
  }
}
