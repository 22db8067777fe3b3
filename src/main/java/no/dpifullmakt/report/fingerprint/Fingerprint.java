package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The user interface as the robot met it: per feature, feature step and page, the roles and names
 * of the elements a person can act on, and which of them the robot relies on.
 *
 * @param generation the portal generation, such as {@code altinn3}
 * @param source where it was made, such as «Øvingsportalen (innebygd, ikke Altinn)»
 * @param complete true when every scenario of the run passed, so every step was seen
 */
public record Fingerprint(
    @JsonProperty("generasjon") String generation,
    @JsonProperty("kilde") String source,
    @JsonProperty("fullført") boolean complete,
    @JsonProperty("steg") List<StepPrint> steps) {

  public Fingerprint {
    steps = List.copyOf(steps);
  }

  /** The same step as {@code other} (same feature, same text), if this fingerprint has it. */
  public Optional<StepPrint> step(StepPrint other) {
    return steps.stream().filter(s -> s.sameStep(other)).findFirst();
  }
}
