package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A look script is left on the page by its first run and called by name afterwards; a new page gets
 * it again, and the answers are the script's own.
 */
class PageScriptTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  private static final String PAGE =
      "data:text/html;charset=utf-8,<h1>Leverandører</h1><button>Legg til leverandør</button>";

  /** The functions the robot's scripts left on the page, by their symbols' descriptions. */
  private static final String LEFT_ON_PAGE =
      "return Object.getOwnPropertySymbols(window).map(s => s.description)"
          + ".filter(d => d.startsWith('dpi-fullmakt.script.'));";

  private static void show(String page) {
    browser.driver().navigate().to(page);
  }

  private static Object inPage(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  private static List<String> names() {
    return AccessibilitySnapshot.take(browser.driver(), null).stream()
        .map(e -> e.role() + ":" + e.name())
        .toList();
  }

  @Test
  void theFirstLookLeavesTheScriptAndLaterLooksCallIt() {
    show(PAGE);
    assertThat(inPage(LEFT_ON_PAGE)).asList().isEmpty();

    List<String> first = names();

    assertThat(inPage(LEFT_ON_PAGE).toString()).contains("accessibility-snapshot.js");
    // A stand-in under the same symbol answers: so the next look calls what the page holds.
    inPage(
        "const key = Object.getOwnPropertySymbols(window)"
            + ".find(s => s.description.startsWith('dpi-fullmakt.script.accessibility'));"
            + "window[key] = () => ({elements: [], address: 'stand-in'});");
    assertThat(AccessibilitySnapshot.look(browser.driver(), null, List.of("button")).address())
        .isEqualTo("stand-in");
    assertThat(first).containsExactly("heading:Leverandører", "button:Legg til leverandør");
  }

  @Test
  void aNewPageGetsTheScriptAgainAndAnswersForItself() {
    show(PAGE);
    names();

    show("data:text/html;charset=utf-8,<h2>Gi fullmakt</h2>");

    assertThat(inPage(LEFT_ON_PAGE)).asList().isEmpty();
    assertThat(names()).containsExactly("heading:Gi fullmakt");
    assertThat(names()).containsExactly("heading:Gi fullmakt");
  }

  @Test
  void theLookBeforeAnActionWorksTheSameWay() {
    show(PAGE);

    AccessibilitySnapshot.BeforeAction installing =
        AccessibilitySnapshot.takeBeforeAction(browser.driver(), null, List.of("button"));
    AccessibilitySnapshot.BeforeAction calling =
        AccessibilitySnapshot.takeBeforeAction(browser.driver(), null, List.of("button"));

    assertThat(installing.elements()).hasSize(1);
    assertThat(calling.elements()).isEqualTo(installing.elements());
    assertThat(calling.page()).isEqualTo(installing.page());
  }

  @Test
  void readingTextWorksTheSameWay() {
    show(PAGE);

    List<String> first = PageReading.lines(browser.driver(), null);
    List<String> again = PageReading.lines(browser.driver(), null);

    assertThat(first).contains("Leverandører", "Legg til leverandør");
    assertThat(again).isEqualTo(first);
  }
}
