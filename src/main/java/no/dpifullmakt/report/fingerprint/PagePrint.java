package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The elements of one page, as the robot saw it during one step.
 *
 * @param page the address's path, without query, with every digit as {@code #}
 */
public record PagePrint(
    @JsonProperty("side") String page, @JsonProperty("elementer") List<ElementPrint> elements) {

  public PagePrint {
    elements = List.copyOf(elements);
  }
}
