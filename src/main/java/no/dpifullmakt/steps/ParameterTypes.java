package no.dpifullmakt.steps;

import io.cucumber.java.ParameterType;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;

/** Turns the words of the feature files into domain values, once, with their own validation. */
public final class ParameterTypes {

  @ParameterType("\\d{3} ?\\d{3} ?\\d{3}")
  public OrganisationNumber orgnr(String text) {
    return OrganisationNumber.parse(text);
  }

  @ParameterType("Altinn 2|Altinn 3")
  public Generation portal(String text) {
    return text.endsWith("2") ? Generation.ALTINN2 : Generation.ALTINN3;
  }

  @ParameterType("\"([^\"]*)\"")
  public SupplierName navn(String text) {
    return new SupplierName(text);
  }
}
