package no.dpifullmakt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScreenLanguageTest {

  @ParameterizedTest
  @CsvSource({
    "nb, BOKMAL",
    "no, BOKMAL",
    "nb-NO, BOKMAL",
    "NB, BOKMAL",
    "nn, NYNORSK",
    "nn-NO, NYNORSK",
    "en, ENGLISH",
    "en-GB, ENGLISH",
    "en-US, ENGLISH",
    "en_US, ENGLISH"
  })
  void readsThePagesLangAttribute(String lang, ScreenLanguage expected) {
    assertThat(ScreenLanguage.fromLangAttribute(lang)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"se", "de", "sv-SE", "", " "})
  void knowsNoOtherLanguage(String lang) {
    assertThat(ScreenLanguage.fromLangAttribute(lang)).isEmpty();
  }

  @Test
  void namesTheLanguageInNorwegian() {
    assertThat(ScreenLanguage.NYNORSK.sentence()).isEqualTo("Skjermbildene var på nynorsk.");
    assertThat(ScreenLanguage.ENGLISH.norwegianName()).isEqualTo("engelsk");
    assertThat(ScreenLanguage.fromCode("nb")).contains(ScreenLanguage.BOKMAL);
    assertThat(ScreenLanguage.fromCode("xx")).isEmpty();
  }
}
