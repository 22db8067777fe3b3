package no.dpifullmakt.task;

import no.dpifullmakt.domain.OrganisationNumber;

/**
 * What a run found or did for one supplier.
 *
 * @param supplierName the name Altinn showed, or what the person typed if Altinn showed none
 */
public record Outcome(Kind kind, OrganisationNumber supplier, String supplierName, String right) {

  public enum Kind {
    GIVEN("gitt"),
    ALREADY_IN_PLACE("allerede gitt"),
    VERIFIED("kontrollert: på plass"),
    MISSING("mangler"),
    REMOVED("fjernet"),
    NOTHING_TO_REMOVE("var ikke gitt, ingenting å fjerne");

    private final String norwegian;

    Kind(String norwegian) {
      this.norwegian = norwegian;
    }

    public String norwegian() {
      return norwegian;
    }

    /** Whether Altinn was changed. */
    public boolean changed() {
      return this == GIVEN || this == REMOVED;
    }
  }

  public String describe() {
    return supplierName + " (" + supplier.grouped() + "): «" + right + "» " + kind.norwegian();
  }
}
