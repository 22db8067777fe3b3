package no.dpifullmakt.practiceportal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the practice portal that finds elements by role and accessible name, as the
 * robot does, for the portal's own browser tests. Fails when Chromium is not installed.
 */
public final class RoleBrowser implements AutoCloseable {

  /** Where each role can be, so the search asks the browser about few elements. */
  private static final Map<String, String> CANDIDATES =
      Map.ofEntries(
          Map.entry("heading", "h1,h2,h3,h4"),
          Map.entry("button", "button"),
          Map.entry("link", "a"),
          Map.entry("textbox", "input:not([type=search]):not([type=checkbox])"),
          Map.entry("searchbox", "input[type=search]"),
          Map.entry("checkbox", "input[type=checkbox]:not([role=switch])"),
          Map.entry("switch", "[role=switch]"),
          Map.entry("group", "fieldset,[role=group]"),
          Map.entry("tab", "[role=tab]"),
          Map.entry("dialog", "dialog,[role=dialog]"),
          Map.entry("navigation", "nav"),
          Map.entry("img", "[role=img]"),
          Map.entry("status", "[role=status]"),
          Map.entry("alert", "[role=alert]"),
          Map.entry("menuitem", "[role=menuitem]"),
          Map.entry("menuitemradio", "[role=menuitemradio]"),
          Map.entry("menu", "[role=menu]"),
          Map.entry("table", "table"),
          Map.entry("tablist", "[role=tablist]"),
          Map.entry("list", "ul,ol"),
          Map.entry("listitem", "li"),
          Map.entry("banner", "header"),
          Map.entry("contentinfo", "footer"),
          Map.entry("complementary", "aside"),
          Map.entry("main", "main"));

  private static final java.util.Set<String> NAMED_BY_CONTENT =
      java.util.Set.of("button", "link", "tab", "heading", "menuitem", "menuitemradio");

  private final URI base;
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public RoleBrowser(URI base) {
    assertTrue(HeadlessChromium.installed(), "Chromium mangler: kjør scripts/sikre-nettleser.sh");
    this.base = base;
    this.driver = HeadlessChromium.shared();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    this.wait.pollingEvery(Duration.ofMillis(50));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Loads the page afresh, also when only its fragment differs from the page shown. */
  public void open(String path) {
    String before = withoutFragment(driver.getCurrentUrl());
    driver.get(base + path);
    if (path.contains("#") && withoutFragment(base + path).equals(before)) {
      driver.navigate().refresh();
    }
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** Opens a page that needs a login, and logs in with TestID and "Velg aktør" on the way. */
  public void openLoggedIn(String path, String pid, String orgnr) {
    open(path);
    logIn(pid, orgnr);
  }

  /** Opens a page, and logs in first only if the portal asks for it. */
  public void openAs(String path, String pid, String orgnr) {
    open(path);
    if (driver.getCurrentUrl().contains("/idporten/")) {
      logIn(pid, orgnr);
    }
  }

  /** Logs in on the login page the portal sent the browser to; it returns to where it was. */
  public void logIn(String pid, String orgnr) {
    wait.until(d -> d.getCurrentUrl().contains("/idporten/"));
    if (!driver.getCurrentUrl().contains("/idporten/testid")) {
      driver.findElement(By.partialLinkText("TestID")).click();
    }
    find("textbox", "Personidentifikator").sendKeys(pid);
    find("button", "Autentiser").click();
    wait.until(d -> d.getCurrentUrl().contains("velg-aktor"));
    driver.findElement(By.cssSelector("[role=menuitem][value='" + orgnr + "']")).click();
    wait.until(d -> !d.getCurrentUrl().contains("velg-aktor"));
  }

  /** Waits for the one displayed element with this role and exact accessible name. */
  public WebElement find(String role, String name) {
    return wait.until(d -> findNow(driver, role, name).orElse(null));
  }

  /** The same, looking only inside {@code scope}. */
  public WebElement find(SearchContext scope, String role, String name) {
    return wait.until(d -> findNow(scope, role, name).orElse(null));
  }

  /**
   * Waits for the displayed dialog that has no accessible name and whose h1 reads {@code title}, as
   * Altinn 2's dialog is.
   */
  public WebElement unnamedDialogTitled(String title) {
    return wait.until(
        d ->
            findNow(driver, "dialog", "")
                .filter(
                    dialog ->
                        findNow(dialog, "heading", title)
                            .filter(h -> h.getTagName().equals("h1"))
                            .isPresent())
                .orElse(null));
  }

  public boolean shows(String role, String name) {
    return findNow(driver, role, name).isPresent();
  }

  public boolean shows(SearchContext scope, String role, String name) {
    return findNow(scope, role, name).isPresent();
  }

  public Optional<WebElement> findNow(SearchContext scope, String role, String name) {
    for (WebElement element : candidates(scope, role, name)) {
      try {
        if (sameRole(role, element.getAriaRole())
            && name.equals(element.getAccessibleName())
            && element.isDisplayed()) {
          return Optional.of(element);
        }
      } catch (StaleElementReferenceException redrawn) {
        // Drawn anew meanwhile; the next poll looks again.
      }
    }
    return Optional.empty();
  }

  /**
   * The elements that can have the role; for roles named by their content, only those whose text or
   * aria-label holds the name, so the browser computes few accessible names. The text is read both
   * raw and as laid out: a title and a line under it in separate blocks run together in the raw
   * text, while their accessible name has a space between them.
   */
  @SuppressWarnings("unchecked")
  private List<WebElement> candidates(SearchContext scope, String role, String name) {
    String selector = CANDIDATES.get(role);
    if (!NAMED_BY_CONTENT.contains(role)) {
      return scope.findElements(By.cssSelector(selector));
    }
    Object found =
        driver.executeScript(
            "const [root, selector, name] = arguments;"
                + "const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();"
                + "return [...(root || document).querySelectorAll(selector)]"
                + ".filter((e) => [e.getAttribute('aria-label'), e.textContent, e.innerText]"
                + ".some((text) => norm(text).includes(name)));",
            scope instanceof WebElement element ? element : null,
            selector,
            name);
    return (List<WebElement>) found;
  }

  /** Chromium names the computed role of {@code role="img"} "image". */
  private static boolean sameRole(String wanted, String computed) {
    return wanted.equals(computed) || wanted.equals("img") && "image".equals(computed);
  }

  /**
   * Waits until the single-page app has drawn what it is waiting for: no placeholder marked busy,
   * no skeleton. Altinn's pages change under a click while they load, so tests that click wait.
   */
  public void waitUntilLoaded() {
    wait.until(
        d ->
            d.findElements(By.cssSelector("#root")).size() == 1
                && d.findElements(By.cssSelector("#main-content")).size() == 1
                && d.findElements(By.cssSelector("[aria-busy=true], .skeleton, .skeleton-list"))
                    .isEmpty());
  }

  /** Waits for the displayed element whose own text is exactly {@code text}, white space folded. */
  public WebElement findText(String text) {
    return findText(driver, text);
  }

  public WebElement findText(SearchContext scope, String text) {
    String literal = "'" + text.replace("'", "', \"'\", '") + "'";
    if (text.contains("'")) {
      literal = "concat(" + literal + ")";
    }
    By own = By.xpath(".//*[normalize-space(text()) = " + literal + "]");
    return wait.until(
        d ->
            scope.findElements(own).stream()
                .filter(
                    e -> {
                      try {
                        return e.isDisplayed();
                      } catch (StaleElementReferenceException redrawn) {
                        return false;
                      }
                    })
                .findFirst()
                .orElse(null));
  }

  /** Whether an element found earlier has left the page. */
  public static boolean isStale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException gone) {
      return true;
    }
  }

  @Override
  public void close() {
    HeadlessChromium.handBack(driver);
  }
}
