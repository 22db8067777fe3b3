package no.dpifullmakt.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import no.dpifullmakt.HeadlessBrowser;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.web.Ui;
import no.dpifullmakt.web.UnreadableStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which catalogue the robot takes, from what the first page after the login says and shows. */
class ScreenLanguageReadingTest {

  @RegisterExtension static final HeadlessBrowser browser = new HeadlessBrowser();

  private static Ui page(String lang, String maskinportenLink) {
    browser
        .driver()
        .navigate()
        .to(
            "data:text/html;charset=utf-8,<html lang='"
                + lang
                + "'><body><nav aria-label='Sidebar'><a href='%23'>"
                + maskinportenLink
                + "</a></nav></body></html>");
    return new Ui(browser.driver(), Duration.ofMillis(600), List.of());
  }

  @Test
  void nynorskScreensGetTheNynorskCatalogue() {
    assertThat(ScreenLanguageReading.read(page("nn", "Maskinporten&shy;administrasjon")))
        .isSameAs(Altinn3Texts.NYNORSK);
  }

  @Test
  void englishScreensGetTheEnglishCatalogue() {
    assertThat(ScreenLanguageReading.read(page("en-GB", "Maskinporten administration")))
        .isSameAs(Altinn3Texts.ENGLISH);
  }

  @Test
  void bokmalScreensKeepTodaysTexts() {
    assertThat(ScreenLanguageReading.read(page("nb", "Maskinportenadministrasjon")))
        .isSameAs(Altinn3Texts.BOKMAL);
  }

  @Test
  void theLanguageAloneDecidesWhileTheMenuHasNoMaskinportenLinkYet() {
    assertThat(ScreenLanguageReading.read(page("en", "Users"))).isSameAs(Altinn3Texts.ENGLISH);
  }

  @Test
  void aPageThatSaysOneLanguageAndShowsAnotherIsNotTrusted() {
    assertThatThrownBy(() -> ScreenLanguageReading.read(page("en", "Maskinportenadministrasjon")))
        .isInstanceOf(UnreadableStateException.class)
        .hasMessageContaining("den sier «en» (engelsk), men menyen viser lenken på bokmål");
  }

  @Test
  void aPageThatSaysNothingIsReadByWhatItShowsWhenThatIsOneLanguage() {
    assertThat(ScreenLanguageReading.read(page("", "Maskinporten administration")))
        .isSameAs(Altinn3Texts.ENGLISH);
  }

  @Test
  void aPageThatSaysNothingAndShowsWordsOfTwoLanguagesStops() {
    // «Maskinportenadministrasjon» is the same in bokmål and nynorsk.
    assertThatThrownBy(() -> ScreenLanguageReading.read(page("", "Maskinportenadministrasjon")))
        .isInstanceOf(UnknownScreenLanguageException.class)
        .hasMessageStartingWith(
            "Roboten kan ikke se sikkert hvilket språk Altinn viser skjermbildene på (siden oppgir"
                + " ikke språk).");
  }

  @Test
  void anUnknownLanguageStopsWithOneNorwegianSentence() {
    assertThatThrownBy(() -> ScreenLanguageReading.read(page("se", "Maskinportenadministrasjon")))
        .isInstanceOf(UnknownScreenLanguageException.class)
        .hasMessage(
            "Altinn vises på et språk roboten ikke kjenner (se). Roboten kan bokmål, nynorsk og"
                + " engelsk; velg et av dem under Meny → Velg språk i Altinn, og kjør på nytt.");
  }
}
