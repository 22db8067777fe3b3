package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The robot's pointer presses what a person would press, and refuses, as WebDriver's own click
 * does, when the element is covered, not shown, or gone.
 */
class PointerTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  /** Counts the presses each button receives, and which mouse events reached it. */
  private static final String COUNTING =
      "<script>window.pressed = {}; window.events = [];"
          + "document.addEventListener('click', e => { const b = e.target.closest('button');"
          + " if (b) pressed[b.id] = (pressed[b.id] || 0) + 1; }, true);"
          + "for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])"
          + " document.addEventListener(t, e => events.push(t + ':' + e.isTrusted), true);"
          + "</script>";

  private static void show(String body) {
    browser
        .driver()
        .navigate()
        .to("data:text/html;charset=utf-8," + (COUNTING + body).replace("#", "%23"));
  }

  private static WebElement button(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private static Object inPage(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  @Test
  void aPressIsOneClickWithTheBrowsersOwnMouseEvents() {
    show("<button id=gi>Gi fullmakt</button><button id=slett>Slett fullmakt</button>");

    Pointer.click(button("gi"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"gi\":1}");
    assertThat(inPage("return events.join(' ')"))
        .isEqualTo("pointerdown:true mousedown:true pointerup:true mouseup:true click:true");
  }

  @Test
  void aButtonBelowTheWindowIsScrolledToAndPressed() {
    show("<div style='height:3000px'></div><button id=nederst>Lukk</button>");

    Pointer.click(button("nederst"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"nederst\":1}");
    assertThat((Number) inPage("return window.scrollY"))
        .extracting(Number::intValue)
        .isNotEqualTo(0);
  }

  @Test
  void aButtonOutOfSightInAScrollingListIsScrolledToAndPressed() {
    show(
        "<div style='height:120px;overflow:auto'><div style='height:1000px'></div>"
            + "<button id=sist>Velg</button></div><button id=over>Over lista</button>");

    Pointer.click(button("sist"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"sist\":1}");
    assertThat((Number) inPage("return window.scrollY")).extracting(Number::intValue).isEqualTo(0);
  }

  @Test
  void aCoveredButtonIsNotPressedAndTheClickSaysSo() {
    show(
        "<button id=under style='position:absolute;top:10px;left:10px'>Gi fullmakt</button>"
            + "<div id=lag style='position:absolute;top:0;left:0;width:400px;height:200px;"
            + "background:#eee'>Laster inn</div>");

    assertThatThrownBy(() -> Pointer.click(button("under")))
        .isInstanceOf(ElementClickInterceptedException.class);
    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{}");
    assertThat(inPage("return events.length")).isEqualTo(0L);
  }

  @Test
  void aHiddenButtonIsNotInteractable() {
    show("<button id=skjult style='display:none'>Gi fullmakt</button>");

    assertThatThrownBy(() -> Pointer.click(button("skjult")))
        .isInstanceOf(ElementNotInteractableException.class)
        .isNotInstanceOf(ElementClickInterceptedException.class);
  }

  @Test
  void aButtonThatLeftThePageIsStale() {
    show("<button id=borte>Gi fullmakt</button>");
    WebElement gone = button("borte");
    inPage("document.getElementById('borte').remove()");

    assertThatThrownBy(() -> Pointer.click(gone))
        .isInstanceOf(StaleElementReferenceException.class);
  }

  @Test
  void aButtonInsideAShadowRootIsPressedThere() {
    show(
        "<div id=vert></div><script>const root = document.getElementById('vert')"
            + ".attachShadow({mode: 'open'}); root.innerHTML = '<button id=inne>Neste</button>';"
            + "root.addEventListener('click', () => window.shadowPressed = true);</script>");
    WebElement inside =
        browser.driver().findElement(By.id("vert")).getShadowRoot().findElement(By.id("inne"));

    Pointer.click(inside);

    assertThat(inPage("return window.shadowPressed")).isEqualTo(true);
  }

  /**
   * A button the page draws anew as the pointer arrives, the way a list that has just loaded draws
   * its toolbar again: {@code instead} is what stands in its place when the button goes down.
   */
  private static void redrawnAsThePointerArrives(String instead) {
    show(
        "<div id=plass><button id=legg>Legg til leverandør</button></div><script>"
            + "document.getElementById('legg').addEventListener('pointermove', () =>"
            + " document.getElementById('plass').innerHTML = '"
            + instead
            + "', {once: true});</script>");
  }

  @Test
  void aPressThatMeetsOnlyAPlaceholderDrawnInTheButtonsPlaceDidNotHappen() {
    redrawnAsThePointerArrives("<div style=\\'height:40px\\'>Laster</div>");

    assertThatThrownBy(() -> Pointer.click(button("legg")))
        .isInstanceOf(ElementClickInterceptedException.class);
    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{}");
  }

  @Test
  void aPressThatMeetsAnotherButtonDrawnInItsPlaceCountsAsMadeAndIsNeverRepeated() {
    redrawnAsThePointerArrives("<button id=ny>Legg til leverandør</button>");

    Pointer.click(button("legg"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"ny\":1}");
  }

  @Test
  void aButtonThatTakesItselfAwayWhenPressedWasPressed() {
    show("<div id=dialog><button id=lukk onclick='this.parentNode.remove()'>Lukk</button></div>");

    Pointer.click(button("lukk"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"lukk\":1}");
    assertThat(inPage("return document.getElementById('dialog')")).isNull();
  }

  @Test
  void theRobotPressesAgainWhenItsPressMetOnlyAPlaceholder() {
    show(
        "<div id=plass><button id=legg>Legg til leverandør</button></div><div id=dialog></div>"
            + "<script>const plass = document.getElementById('plass');"
            + "const open = () => document.getElementById('dialog').innerHTML ="
            + " '<div role=dialog aria-label=\"Legg til leverandør\">Organisasjonsnummer</div>';"
            + "document.getElementById('legg').addEventListener('pointermove', () => {"
            + " plass.innerHTML = '<div style=\"height:40px\">Laster</div>';"
            + " setTimeout(() => { plass.innerHTML = '<button id=legg2>Legg til leverandør</button>';"
            + " document.getElementById('legg2').addEventListener('click', open); }, 300);"
            + "}, {once: true});</script>");
    Ui ui = new Ui(browser.driver(), Duration.ofSeconds(5), List.of());

    ui.click(Target.button("Legg til leverandør"));

    assertThat(inPage("return JSON.stringify(pressed)")).isEqualTo("{\"legg2\":1}");
    assertThat(ui.shows(Target.dialog("Legg til leverandør"))).isTrue();
  }
}
