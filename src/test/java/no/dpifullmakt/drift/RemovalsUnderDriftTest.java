package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code fjern} under every named change of both generations, from a supplier that has the DPI
 * right and two others (or, under a look-alike, only the look-alike): what the robot says and
 * reports changing is what the portal really stores, and a supplier with other rights is never
 * deleted.
 */
class RemovalsUnderDriftTest {

  static List<String> runs() {
    return PracticeRuns.keys(PracticeRuns.REMOVALS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void neverAWrongAnswer(String key) {
    PracticeRuns.Done done = PracticeRuns.of(key);
    assertThat(TruthCheck.violations(done)).as(TruthCheck.describe(done)).isEmpty();
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isIn(0, 4);
  }

  @Test
  void aLookAlikeUnderTheSameTitleIsNotRemoved() {
    PracticeRuns.Done done = PracticeRuns.of("fjern:a3-forveksling");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isZero();
    assertThat(done.run().out()).contains("Var ikke gitt: Visma Software International AS");
    assertThat(done.stateAfter()).contains("digdir-dpi-les");
  }

  @Test
  void aSupplierIsNotDeletedWhenItsPageCannotBeRead() {
    PracticeRuns.Done done = PracticeRuns.of("fjern:a3-rader-endret");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isEqualTo(4);
    assertThat(done.run().out())
        .contains(
            "Altinn ble endret: Visma Software International AS (980 858 073): «Digital post"
                + " til innbyggere» fjernet.");
    assertThat(done.stateAfter()).contains(TruthCheck.VISMA);
  }

  @Tag("lang") // in the normal build: the feature «Leverandøren har også andre fullmakter»
  @Test
  void aSupplierWithOtherRightsKeepsThemWhenTheDpiRightIsRemoved() {
    PracticeRuns.Done done = PracticeRuns.of("fjern:a3-kosmetisk");
    assertThat(done.run().exit()).as(TruthCheck.describe(done)).isZero();
    assertThat(done.run().out()).contains("Fjernet nå: Visma Software International AS");
    assertThat(done.stateAfter()).contains(TruthCheck.VISMA).doesNotContain("digdir-dpi-send");
  }
}
