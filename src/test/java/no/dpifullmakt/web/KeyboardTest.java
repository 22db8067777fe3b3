package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The robot's keyboard types into the field it was given, so the page hears every key, and refuses,
 * as WebDriver's own send keys does, a field that cannot take the keyboard.
 */
class KeyboardTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  /** Records the trusted key presses and input events the fields hear. */
  private static final String LISTENING =
      "<script>window.heard = [];"
          + "for (const t of ['keydown', 'input'])"
          + " document.addEventListener(t, e => heard.push(e.target.id + ':' + t + ':'"
          + " + (e.key || e.inputType) + ':' + e.isTrusted), true);"
          + "</script>";

  private static void show(String body) {
    browser
        .driver()
        .navigate()
        .to("data:text/html;charset=utf-8," + (LISTENING + body).replace("#", "%23"));
  }

  private static WebElement field(String id) {
    return browser.driver().findElement(By.id(id));
  }

  private static Object inPage(String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }

  @Test
  void theOldTextIsDeletedAsAPersonDeletesItAndTheNewTextTyped() {
    show("<input id=annet value='urørt'><input id=orgnr value='123'>");

    Keyboard.replaceText(field("orgnr"), "980858073");

    assertThat(field("orgnr").getDomProperty("value")).isEqualTo("980858073");
    assertThat(field("annet").getDomProperty("value")).isEqualTo("urørt");
    assertThat(inPage("return heard.filter(h => h.includes(':input:')).join(' ')").toString())
        .startsWith("orgnr:input:deleteContentBackward:true orgnr:input:insertText:true");
    assertThat(inPage("return heard.filter(h => h.startsWith('annet')).length")).isEqualTo(0L);
  }

  @Test
  void anEmptyTextOnlyEmptiesTheField() {
    show("<input id=sok value='digitalpost'>");

    Keyboard.replaceText(field("sok"), "");

    assertThat(field("sok").getDomProperty("value")).isEmpty();
  }

  @Test
  void aFieldBelowTheWindowIsScrolledToAndTypedIn() {
    show("<div style='height:3000px'></div><input id=nederst>");

    Keyboard.replaceText(field("nederst"), "vism");

    assertThat(field("nederst").getDomProperty("value")).isEqualTo("vism");
  }

  @Test
  void enterIsPressedInTheField() {
    show("<form onsubmit='window.sent = true; return false'><input id=sok></form>");

    Keyboard.press(field("sok"), Keys.ENTER);

    assertThat(inPage("return window.sent")).isEqualTo(true);
  }

  @Test
  void aHiddenOrDisabledFieldIsNotInteractableAndKeepsItsText() {
    show("<input id=skjult style='display:none' value='a'><input id=av disabled value='b'>");

    assertThatThrownBy(() -> Keyboard.replaceText(field("skjult"), "x"))
        .isInstanceOf(ElementNotInteractableException.class);
    assertThatThrownBy(() -> Keyboard.replaceText(field("av"), "x"))
        .isInstanceOf(ElementNotInteractableException.class);
    assertThat(field("av").getDomProperty("value")).isEqualTo("b");
  }
}
