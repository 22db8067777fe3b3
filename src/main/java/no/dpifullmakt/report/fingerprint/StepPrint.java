package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The pages the robot acted on during one feature step.
 *
 * @param step the feature step's text with the supplier's values as placeholders ({orgnr}, {navn})
 */
public record StepPrint(
    @JsonProperty("steg") String step, @JsonProperty("sider") List<PagePrint> pages) {

  public StepPrint {
    pages = List.copyOf(pages);
  }
}
