package no.dpifullmakt.report.fingerprint;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The elements of one page, as the robot saw it during one step.
 *
 * @param page the address's path, without query, with every digit as {@code #}
 * @param absent what the robot looked for on the page and did not find, in its own words («lenken
 *     som slutter med «Org.nr. ### ### ###»»): a look whose answer was «no». Never something one of
 *     the elements was found as. Empty in fingerprints made before the robot counted such looks.
 */
public record PagePrint(
    @JsonProperty("side") String page,
    @JsonProperty("elementer") List<ElementPrint> elements,
    @JsonProperty("ikkeFunnet") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> absent) {

  public PagePrint {
    elements = List.copyOf(elements);
    Set<String> found =
        elements.stream()
            .filter(ElementPrint::reliedOn)
            .map(ElementPrint::expected)
            .filter(e -> e != null)
            .collect(Collectors.toSet());
    absent =
        absent == null
            ? List.of()
            : absent.stream().distinct().filter(e -> !found.contains(e)).toList();
  }

  public PagePrint(String page, List<ElementPrint> elements) {
    this(page, elements, List.of());
  }
}
