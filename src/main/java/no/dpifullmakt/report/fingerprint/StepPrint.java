package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The pages the robot acted on during one feature step. Give, check and remove share words ("jeg
 * klikker på "Ferdig"") but not pages, so a step is known by its feature and its text.
 *
 * @param feature the feature's name (its «Egenskap»)
 * @param step the feature step's text with the supplier's values as placeholders ({orgnr}, {navn})
 */
public record StepPrint(
    @JsonProperty("egenskap") String feature,
    @JsonProperty("steg") String step,
    @JsonProperty("sider") List<PagePrint> pages) {

  public StepPrint {
    pages = List.copyOf(pages);
  }

  /** Whether this is the same step as another, in the same feature. */
  public boolean sameStep(StepPrint other) {
    return feature.equals(other.feature) && step.equals(other.step);
  }
}
