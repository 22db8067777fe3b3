package no.dpifullmakt.practiceportal.altinn3.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.RoleBrowser;
import no.dpifullmakt.practiceportal.TestState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How much of the real Altinn 3 screens' accessible tree ({@code ekte-altinn3/tilgjengelighetstre
 * .txt}, from altinn-ui.md sections 3 and 7) the practice portal shows on the DPI flow: at least 95
 * % of the (role, name) pairs, and in the dialogs whose controls are all known, no interactive
 * element the real ones lack. The comparison lands in {@code
 * target/ekte-altinn3-sammenligning.txt}.
 */
class RealScreensTreeTest {

  private static final String ASE = "15867210064";
  private static final String APE = "312787075";
  private static final String MASKINPORTEN = "/accessmanagement/ui/maskinporten";
  private static final String VISMA = "Visma Software International AS";
  private static final String DPI = "Digital post til innbyggere";
  private static final String INTERACTIVE =
      "button, a[href], input, select, textarea, [role=tab], [role=menuitem], [role=checkbox],"
          + " [role=button], [role=link]";

  private static PracticePortal portal;
  private static RoleBrowser browser;
  private static TestState state;

  @BeforeAll
  static void start() {
    portal = PracticePortal.start(PortalOptions.forTests());
    state = new TestState(portal.baseUrl());
    browser = new RoleBrowser(portal.baseUrl());
  }

  @AfterAll
  static void stop() {
    browser.close();
    portal.close();
  }

  record Expected(String role, int level, String name) {
    boolean matchesName(String computed) {
      return name.length() > 1 && name.startsWith("/") && name.endsWith("/")
          ? Pattern.matches(name.substring(1, name.length() - 1), computed)
          : name.equals(computed);
    }

    @Override
    public String toString() {
      return role + (level > 0 ? "/" + level : "") + " «" + name + "»";
    }
  }

  record Screen(String title, boolean closed, List<Expected> elements) {}

  /** The screens in the order the flow meets them, with how to reach each and where to look. */
  private final Map<String, Supplier<SearchContext>> steps = new LinkedHashMap<>();

  @Test
  void thePracticePortalShowsTheRealScreensTree() throws IOException {
    state.apply("altinn3-standard", APE);
    steps.put(
        "Maskinporten, fanen Leverandører",
        () -> {
          browser.openLoggedIn(MASKINPORTEN + "#suppliers", ASE, APE);
          browser.find("link", "Testleverandor AS");
          return browser.driver();
        });
    steps.put(
        "Maskinporten, fanen Konsumenter",
        () -> {
          browser.find("tab", "Konsumenter").click();
          browser.find("link", "Nordfjell Interkommunale Arkiv IKS");
          return browser.driver();
        });
    steps.put(
        "Legg til leverandør, eget organisasjonsnummer",
        () -> {
          browser.find("tab", "Leverandører").click();
          browser.find("button", "Legg til leverandør").click();
          WebElement dialog = browser.find("dialog", "Legg til leverandør");
          browser.find(dialog, "textbox", "Organisasjonsnummer").sendKeys(APE);
          browser.find(dialog, "heading", "Du kan ikke gi tilgang til eget organisasjonsnummer");
          return dialog;
        });
    steps.put(
        "Legg til leverandør",
        () -> {
          WebElement dialog = browser.find("dialog", "Legg til leverandør");
          WebElement number = browser.find(dialog, "textbox", "Organisasjonsnummer");
          number.clear();
          number.sendKeys("980858073");
          browser.find(dialog, "heading", "Du legger til:");
          WebElement add = browser.find(dialog, "button", "Legg til virksomhet");
          browser.await().until(d -> add.isEnabled());
          return dialog;
        });
    steps.put(
        "Leverandørens side",
        () -> {
          browser.find("button", "Legg til virksomhet").click();
          browser.find("heading", "Fullmakt til 0 API");
          return browser.driver();
        });
    steps.put(
        "Gi fullmakt",
        () -> {
          browser.find("button", "Gi fullmakt").click();
          WebElement dialog =
              browser.find("dialog", "Hvilke API vil du gi " + VISMA + " fullmakt til?");
          browser.find(dialog, "searchbox", "Søk etter API").sendKeys("digitalpostinnbygger:send");
          browser.find(dialog, "button", "Gi fullmakt for " + DPI);
          return dialog;
        });
    steps.put(
        "API-ets detaljer",
        () -> {
          WebElement dialog = openDialog();
          browser.find(dialog, "button", DPI + " 1 scopes").click();
          browser.find(dialog, "heading", "Scopes");
          return dialog;
        });
    steps.put(
        "Fullmakten er gitt",
        () -> {
          WebElement dialog = openDialog();
          browser.find(dialog, "button", "Tilbake").click();
          browser.find(dialog, "button", "Gi fullmakt for " + DPI).click();
          browser.find(dialog, "button", "Slett fullmakt for " + DPI).sendKeys("\uE00C");
          browser.await().until(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
          return browser.driver();
        });
    steps.put(
        "Leverandørens side med fullmakten",
        () -> {
          browser.find("heading", "Fullmakt til 1 API");
          return browser.driver().findElement(By.tagName("main"));
        });
    steps.put(
        "Slett leverandør",
        () -> {
          browser.find("button", "Slett leverandør").click();
          return browser.find("dialog", "");
        });
    steps.put(
        "Brukere, ny bruker",
        () -> {
          browser.open("/accessmanagement/ui/users");
          browser.find("button", "Ny bruker").click();
          WebElement dialog = browser.find("dialog", "Legg til ny person eller virksomhet");
          browser.find(dialog, "tab", "Virksomhet").click();
          browser.find(dialog, "textbox", "Organisasjonsnummer");
          return browser.driver();
        });

    List<Screen> screens = reference();
    assertThat(screens)
        .extracting(Screen::title)
        .containsExactlyInAnyOrderElementsOf(steps.keySet());
    StringBuilder report = new StringBuilder();
    int total = 0;
    int found = 0;
    List<String> extras = new ArrayList<>();
    for (String title : steps.keySet()) {
      Screen screen = screens.stream().filter(s -> s.title().equals(title)).findFirst().get();
      SearchContext scope = steps.get(title).get();
      report.append("== ").append(title).append('\n');
      for (Expected expected : screen.elements()) {
        boolean shown = shows(scope, expected);
        total++;
        found += shown ? 1 : 0;
        report.append(shown ? "  funnet   " : "  MANGLER  ").append(expected).append('\n');
      }
      if (screen.closed()) {
        for (String extra : interactiveBeyond(scope, screen.elements())) {
          extras.add(title + ": " + extra);
          report.append("  EKSTRA   ").append(extra).append('\n');
        }
      }
    }
    double share = (double) found / total;
    report.append(String.format("%nFunnet %d av %d par (%.1f %%)%n", found, total, 100 * share));
    Files.writeString(Path.of("target", "ekte-altinn3-sammenligning.txt"), report);

    assertThat(share).as(report.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(extras).as(report.toString()).isEmpty();
  }

  private static WebElement openDialog() {
    return browser.await().until(d -> d.findElement(By.cssSelector("dialog[open]")));
  }

  /**
   * Dialogs are looked for in the page, everything else in the screen's scope; parts that load on
   * their own get a moment to come.
   */
  private static boolean shows(SearchContext scope, Expected expected) {
    SearchContext where = expected.role().equals("dialog") ? browser.driver() : scope;
    try {
      return new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
          .pollingEvery(Duration.ofMillis(100))
          .until(
              d ->
                  where.findElements(By.cssSelector(candidates(expected.role()))).stream()
                      .anyMatch(e -> is(e, expected)));
    } catch (TimeoutException missing) {
      return false;
    }
  }

  private static boolean is(WebElement element, Expected expected) {
    try {
      return expected.role().equals(element.getAriaRole())
          && expected.matchesName(element.getAccessibleName())
          && (expected.level() == 0 || levelOf(element) == expected.level())
          && inTheTree(element);
    } catch (StaleElementReferenceException redrawn) {
      return false;
    }
  }

  /** Rendered and not hidden from assistive technology; a visually hidden skip link counts. */
  private static boolean inTheTree(WebElement element) {
    return Boolean.TRUE.equals(
        browser
            .driver()
            .executeScript(
                "const e = arguments[0];"
                    + "return e.checkVisibility({visibilityProperty: true})"
                    + " && !e.closest('[aria-hidden=true]');",
                element));
  }

  private static int levelOf(WebElement heading) {
    String aria = heading.getDomAttribute("aria-level");
    return aria != null ? Integer.parseInt(aria) : heading.getTagName().charAt(1) - '0';
  }

  /** Where an element of the role can be: its HTML elements and any explicit role. */
  private static String candidates(String role) {
    String implicit =
        switch (role) {
          case "link" -> "a[href], ";
          case "button" -> "button, input[type=button], input[type=submit], ";
          case "heading" -> "h1, h2, h3, h4, h5, h6, ";
          case "textbox" -> "input:not([type]), input[type=text], input[type=tel], textarea, ";
          case "searchbox" -> "input[type=search], ";
          case "dialog" -> "dialog, ";
          case "navigation" -> "nav, ";
          case "banner" -> "header, ";
          case "contentinfo" -> "footer, ";
          case "complementary" -> "aside, ";
          case "main" -> "main, ";
          case "list" -> "ul, ol, ";
          case "listitem" -> "li, ";
          default -> "";
        };
    return implicit + "[role=" + role + "]";
  }

  /** The displayed controls in the scope that match none of the expected elements. */
  private static List<String> interactiveBeyond(SearchContext scope, List<Expected> expected) {
    List<String> beyond = new ArrayList<>();
    for (WebElement control : scope.findElements(By.cssSelector(INTERACTIVE))) {
      if (!inTheTree(control)) {
        continue;
      }
      String role = control.getAriaRole();
      String name = control.getAccessibleName();
      boolean known = expected.stream().anyMatch(e -> e.role().equals(role) && e.matchesName(name));
      if (!known) {
        beyond.add(role + " «" + name + "»");
      }
    }
    return beyond;
  }

  private static List<Screen> reference() throws IOException {
    String text;
    try (InputStream in =
        RealScreensTreeTest.class.getResourceAsStream("/ekte-altinn3/tilgjengelighetstre.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Screen> screens = new ArrayList<>();
    String title = null;
    boolean closed = false;
    List<Expected> elements = new ArrayList<>();
    for (String line : (text + "\n== end").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("== ")) {
        if (title != null) {
          screens.add(new Screen(title, closed, List.copyOf(elements)));
        }
        closed = line.endsWith(" !");
        title = line.substring(3).replaceFirst(" !$", "").trim();
        elements.clear();
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String[] role = parts[0].trim().split("/");
      int level = role.length > 1 ? Integer.parseInt(role[1]) : 0;
      elements.add(new Expected(role[0], level, parts[1].trim()));
    }
    return screens;
  }
}
