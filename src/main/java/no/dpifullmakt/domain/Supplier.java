package no.dpifullmakt.domain;

/** The external organisation that is to send DPI messages on the organisation's behalf. */
public record Supplier(OrganisationNumber orgnr, SupplierName name) {

  public static Supplier of(String orgnr, String name) {
    return new Supplier(OrganisationNumber.parse(orgnr), new SupplierName(name));
  }

  /**
   * A supplier as the person typed it: also refused when the robot knows the organisation number's
   * registered name and the typed name is not its start.
   */
  public static Supplier typed(String orgnr, String name) {
    Supplier supplier = of(orgnr, name);
    String mismatch = KnownSuppliers.mismatch(supplier.orgnr(), supplier.name());
    if (mismatch != null) {
      throw new InvalidInputException(mismatch);
    }
    return supplier;
  }

  /**
   * «Visma Software International AS (980 858 073)»: the registered name when the robot knows it,
   * so a person reads the supplier's name rather than the four letters typed for Altinn.
   */
  @Override
  public String toString() {
    return KnownSuppliers.registeredName(orgnr).orElse(name.text()) + " (" + orgnr.grouped() + ")";
  }
}
