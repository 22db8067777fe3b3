package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.domain.ScreenLanguage;

/**
 * The user interface as the robot met it: per feature, feature step and page, the roles and names
 * of the elements a person can act on, and which of them the robot relies on.
 *
 * @param generation the portal generation, such as {@code altinn3}
 * @param source where it was made, such as «Øvingsportalen (innebygd, ikke Altinn)»
 * @param complete true when every scenario of the run passed, so every step was seen
 * @param languageCode the language Altinn showed its screens in («nb», «nn», «en»), as the robot
 *     read it; null when it read none (Altinn 2, and files from before it was recorded)
 */
public record Fingerprint(
    @JsonProperty("generasjon") String generation,
    @JsonProperty("kilde") String source,
    @JsonProperty("fullført") boolean complete,
    @JsonProperty("skjermspråk") @JsonInclude(JsonInclude.Include.NON_NULL) String languageCode,
    @JsonProperty("steg") List<StepPrint> steps) {

  public Fingerprint {
    steps = List.copyOf(steps);
  }

  /** A fingerprint of screens in bokmål, or of a generation that has no other language. */
  public Fingerprint(String generation, String source, boolean complete, List<StepPrint> steps) {
    this(generation, source, complete, null, steps);
  }

  /**
   * The language the screens were in. A file that does not say is bokmål: Altinn 2 has no other
   * language, and fingerprints from before the language was recorded were all made in bokmål.
   */
  @JsonIgnore
  public ScreenLanguage screenLanguage() {
    return ScreenLanguage.fromCode(languageCode).orElse(ScreenLanguage.BOKMAL);
  }

  /** Whether the two were made from screens in the same language, so they can be compared. */
  public boolean sameLanguageAs(Fingerprint other) {
    return screenLanguage() == other.screenLanguage();
  }

  /** The same step as {@code other} (same feature, same text), if this fingerprint has it. */
  public Optional<StepPrint> step(StepPrint other) {
    return steps.stream().filter(s -> s.sameStep(other)).findFirst();
  }
}
