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

  @Override
  public String toString() {
    return name + " (" + orgnr.grouped() + ")";
  }
}
