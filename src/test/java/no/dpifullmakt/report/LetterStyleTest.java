package no.dpifullmakt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LetterStyleTest {

  @Test
  void turnsFeatureStepsIntoTheLettersImperative() {
    assertThat(LetterStyle.imperative("jeg klikker på \"Profil\" i toppmenyen"))
        .isEqualTo("Klikk på \"Profil\" i toppmenyen");
    assertThat(LetterStyle.imperative("jeg søker på \"dpi\" i søkefeltet"))
        .isEqualTo("Søk på \"dpi\" i søkefeltet");
    assertThat(LetterStyle.imperative("jeg legger inn organisasjonsnummeret 980858073"))
        .isEqualTo("Legg inn organisasjonsnummeret 980858073");
    assertThat(LetterStyle.imperative("har 980858073 rettigheten"))
        .isEqualTo("Har 980858073 rettigheten");
  }

  @Test
  void theGuidesSentenceHasGuillemetsAndAFullStop() {
    assertThat(LetterStyle.sentence("jeg klikker på \"Profil\" i toppmenyen"))
        .isEqualTo("Klikk på «Profil» i toppmenyen.");
    assertThat(LetterStyle.sentence("jeg søker etter \"DPI\" i feltet \"Søk etter API\""))
        .isEqualTo("Søk etter «DPI» i feltet «Søk etter API».");
  }

  @Test
  void numbersOnlyTheActionsBetweenPreparationAndCheck() {
    assertThat(StepKind.of(List.of("Gitt ", "Og ", "Når ", "Og ", "Og ", "Så ", "Og ")))
        .containsExactly(
            StepKind.PREPARATION,
            StepKind.PREPARATION,
            StepKind.ACTION,
            StepKind.ACTION,
            StepKind.ACTION,
            StepKind.CHECK,
            StepKind.CHECK);
  }
}
