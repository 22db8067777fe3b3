package no.dpifullmakt.task;

import java.util.List;
import no.dpifullmakt.altinn3.AccessManagementPage;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.web.Ui;

/**
 * Decides which language Altinn 3 shows its screens in, on the first page after the login: what the
 * page says ({@code <html lang>}), confirmed by what it shows (the "Maskinportenadministrasjon"
 * link, when the menu has it yet). A page that says nothing is read by what it shows, when that is
 * one language only. The robot only reads; the person's language setting is theirs.
 */
final class ScreenLanguageReading {

  private ScreenLanguageReading() {}

  /**
   * The catalogue for the page's language.
   *
   * @throws UnknownScreenLanguageException when the page is in a language the robot has no texts
   *     for
   * @throws no.dpifullmakt.web.UnreadableStateException when the page says one language and its
   *     menu shows another
   */
  static Altinn3Texts read(Ui ui) {
    String lang = ui.pageLanguage();
    List<ScreenLanguage> shown = AccessManagementPage.languagesOfMaskinportenLink(ui);
    if (lang.isBlank() && shown.size() == 1) {
      // The page does not say its language, but its menu shows words of only one.
      return Altinn3Texts.of(shown.get(0));
    }
    ScreenLanguage language =
        ScreenLanguage.fromLangAttribute(lang)
            .orElseThrow(() -> new UnknownScreenLanguageException(lang));
    if (!shown.isEmpty() && !shown.contains(language)) {
      throw ui.unreadable(
          "at siden er på ett språk: den sier «"
              + lang
              + "» ("
              + language.norwegianName()
              + "), men menyen viser lenken på "
              + shown.get(0).norwegianName());
    }
    return Altinn3Texts.of(language);
  }
}
