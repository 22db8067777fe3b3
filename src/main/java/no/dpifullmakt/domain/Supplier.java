package no.dpifullmakt.domain;

/** The external organisation that is to send DPI messages on the organisation's behalf. */
public record Supplier(OrganisationNumber orgnr, SupplierName name) {

  public static Supplier of(String orgnr, String name) {
    return new Supplier(OrganisationNumber.parse(orgnr), new SupplierName(name));
  }

  @Override
  public String toString() {
    return name + " (" + orgnr.grouped() + ")";
  }
}
