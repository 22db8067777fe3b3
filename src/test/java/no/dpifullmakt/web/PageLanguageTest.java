package no.dpifullmakt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import no.dpifullmakt.HeadlessBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The robot reads the language a loaded page says it is in, as its {@code <html lang>}. */
class PageLanguageTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  private static Ui show(String html) {
    browser.driver().navigate().to("data:text/html;charset=utf-8," + html);
    return new Ui(browser.driver(), Duration.ofMillis(600), List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nn", "en", "en-GB", "nb-NO", "se"})
  void readsTheLanguageThePageSays(String lang) {
    Ui ui =
        show(
            "<html lang='"
                + lang
                + "'><body><nav aria-label='Sidebar'><a href='%23'>Brukere</a></nav></body></html>");

    assertThat(ui.pageLanguage()).isEqualTo(lang);
  }

  @Test
  void aPageThatSaysNoLanguageReadsAsEmpty() {
    assertThat(show("<p>Hei</p>").pageLanguage()).isEmpty();
  }

  @Test
  void aLanguageSetByThePageScriptIsReadAsItIsNow() {
    Ui ui = show("<html lang='nb'><body><p>Hei</p></body></html>");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("document.documentElement.lang = 'nn';");

    assertThat(ui.pageLanguage()).isEqualTo("nn");
  }
}
