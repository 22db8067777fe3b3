package no.dpifullmakt.practiceportal.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultsJsonTest {

  @Test
  void readsEveryFieldByItsNorwegianName() {
    Faults faults =
        FaultsJson.parse(
            "{\"forsinkelseMs\": 10, \"forsinkelseMaksMs\": 20, \"lesefeilAndel\": 0.25,"
                + " \"sentSpinnerMs\": 30, \"rerenderHverMs\": 40,"
                + " \"sesjonUtløperEtterForespørsler\": 5, \"mistSvarPåNesteEndring\": 2,"
                + " \"frø\": 7, \"sesjonUtløperAntallGanger\": 1}");

    assertThat(faults).isEqualTo(new Faults(10, 20, 0.25, 30, 40, 5, 2, 7, 1));
  }

  @Test
  void readsThePageLoadFailuresAndTheirPaths() {
    Faults faults =
        FaultsJson.parse("{\"sidefeilAntall\": 2, \"sidefeilStier\": [\"/idporten\", \"/ui\"]}");

    assertThat(faults.sidefeilAntall()).isEqualTo(2);
    assertThat(faults.sidefeilStier()).containsExactly("/idporten", "/ui");
    assertThat(faults)
        .isEqualTo(Faults.none().withSidefeilAntall(2).withSidefeilStier("/idporten", "/ui"));
    assertThat(FaultsJson.parse("{\"sidefeilAntall\": 1}").sidefeilStier()).isEmpty();
  }

  @Test
  void readsThePathsWhoseReadsAlwaysFail() {
    Faults faults =
        FaultsJson.parse(
            "{\"lesefeilStier\": [\"/accessmanagement/api/v1/maskinporten/suppliers/980858073\"]}");

    assertThat(faults)
        .isEqualTo(
            Faults.none()
                .withLesefeilStier("/accessmanagement/api/v1/maskinporten/suppliers/980858073"));
    assertThat(FaultsJson.parse("{}").lesefeilStier()).isEmpty();
    assertThatThrownBy(() -> FaultsJson.parse("{\"lesefeilStier\": [\"leverandor\"]}"))
        .hasMessageContaining("lesefeilStier må være stier som begynner med «/»");
  }

  @Test
  void leftOutFieldsAreOffAndTrueLosesTheNextAnswer() {
    assertThat(FaultsJson.parse("{}")).isEqualTo(Faults.none());
    assertThat(FaultsJson.parse("")).isEqualTo(Faults.none());
    assertThat(FaultsJson.parse("{\"mistSvarPåNesteEndring\": true}").mistSvarPåNesteEndring())
        .isEqualTo(1);
    assertThat(FaultsJson.parse("{\"mistSvarPåNesteEndring\": false}").mistSvarPåNesteEndring())
        .isZero();
  }

  @Test
  void refusesTyposAndValuesOutOfRangeInNorwegian() {
    assertThatThrownBy(() -> FaultsJson.parse("{\"forsinkelse\": 10}"))
        .hasMessageStartingWith("Ukjent felt: forsinkelse. Kjente felt:");
    assertThatThrownBy(() -> FaultsJson.parse("{\"lesefeilAndel\": 1.5}"))
        .hasMessage("lesefeilAndel må være mellom 0.0 og 1.0");
    assertThatThrownBy(() -> FaultsJson.parse("{\"forsinkelseMs\": -1}"))
        .hasMessage("forsinkelseMs må være mellom 0 og 60000 millisekunder");
    assertThatThrownBy(() -> FaultsJson.parse("{\"sentSpinnerMs\": \"lenge\"}"))
        .hasMessage("sentSpinnerMs må være et helt tall.");
    assertThatThrownBy(() -> FaultsJson.parse("{\"sidefeilAntall\": -1}"))
        .hasMessage("sidefeilAntall kan ikke være negativ");
    assertThatThrownBy(() -> FaultsJson.parse("{\"sidefeilStier\": \"/idporten\"}"))
        .hasMessage("sidefeilStier må være en liste med stier, for eksempel [\"/idporten\"].");
    assertThatThrownBy(() -> FaultsJson.parse("{\"sidefeilStier\": [1]}"))
        .hasMessage("sidefeilStier må være en liste med stier, for eksempel [\"/idporten\"].");
    assertThatThrownBy(() -> FaultsJson.parse("{\"sidefeilStier\": [\"idporten\"]}"))
        .hasMessage("sidefeilStier må være stier som begynner med «/», for eksempel «/idporten».");
    assertThatThrownBy(() -> FaultsJson.parse("[1]")).hasMessage("Kroppen må være et JSON-objekt.");
    assertThatThrownBy(() -> FaultsJson.parse("{")).hasMessage("Kroppen er ikke gyldig JSON.");
  }
}
