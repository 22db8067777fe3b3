package no.dpifullmakt.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
