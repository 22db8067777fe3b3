package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The user interface as the robot met it: per feature step and page, the roles and names of the
 * elements a person can act on, and which of them the robot relies on.
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

  public Optional<StepPrint> step(String text) {
    return steps.stream().filter(s -> s.step().equals(text)).findFirst();
  }
}
