package no.dpifullmakt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void theSameNameApartFromCaseAndSpacesIsOne() {
    assertThat(NameSimilarity.of("Legg til  leverandør", "legg til leverandør")).isEqualTo(1.0);
  }

  @Test
  void nothingInCommonIsNearZero() {
    assertThat(NameSimilarity.of("Neste", "Avbryt")).isLessThan(NameSimilarity.of("Neste", "Nest"));
    assertThat(NameSimilarity.of("", "Neste")).isZero();
  }

  @Test
  void anExtraWordKeepsTheNameClose() {
    assertThat(NameSimilarity.of("Legg til leverandør", "Legg til ny leverandør"))
        .isGreaterThan(0.75);
  }

  @Test
  void aRenamedTabIsCloserThanItsNeighbours() {
    double renamed = NameSimilarity.of("Ekstern virksomhet", "Annen virksomhet");
    assertThat(renamed).isGreaterThan(NameSimilarity.of("Ekstern virksomhet", "Person"));
    assertThat(renamed)
        .isGreaterThan(NameSimilarity.of("Ekstern virksomhet", "Bruker med virksomhetssertifikat"));
  }

  @Test
  void anotherFormOfAWordIsNearlyTheSameWord() {
    assertThat(NameSimilarity.wordMatch("leverandør", "leverandører")).isEqualTo(0.8);
    assertThat(NameSimilarity.wordMatch("leverandører", "leverandørar")).isEqualTo(0.8);
    assertThat(NameSimilarity.wordMatch("lev", "levere")).isZero();
  }

  @Test
  void anUnknownMessageIsClosestToTheOneItReplaced() {
    String shown = "Organisasjonsnummeret finnes ikke i Enhetsregisteret.";
    double replaced =
        NameSimilarity.ofMessage(
            "Fant ingen organisasjon med dette organisasjonsnummeret. Vennligst sjekk at"
                + " informasjonen er korrekt.",
            shown);
    assertThat(replaced)
        .isGreaterThan(
            NameSimilarity.ofMessage("Du kan ikke gi tilgang til eget organisasjonsnummer", shown))
        .isGreaterThan(NameSimilarity.ofMessage("Noe gikk galt. Prøv igjen senere.", shown));
  }

  @Test
  void wordsAndLettersAreWeighedEqually() {
    assertThat(NameSimilarity.wordOverlap("gi fullmakt", "gi tilgang"))
        .isCloseTo(0.5, within(1e-9));
    assertThat(NameSimilarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(NameSimilarity.letterSimilarity("abcd", "abcf")).isCloseTo(0.75, within(1e-9));
  }
}
