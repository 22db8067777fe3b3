package no.dpifullmakt.report.diagnosis;

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
  void wordsAndLettersAreWeighedEqually() {
    assertThat(NameSimilarity.wordOverlap("gi fullmakt", "gi tilgang"))
        .isCloseTo(1 / 3.0, within(1e-9));
    assertThat(NameSimilarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(NameSimilarity.letterSimilarity("abcd", "abcf")).isCloseTo(0.75, within(1e-9));
  }
}
