package no.dpifullmakt.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.domain.KnownSuppliers;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Supplier;

/**
 * The suppliers of a run, from the supplier file and from --orgnr/--navn. A supplier given twice is
 * refused rather than merged: the person may have meant two different numbers.
 */
final class SupplierList {

  static final Supplier DEFAULT_SUPPLIER = Supplier.of("980858073", "vism");

  private SupplierList() {}

  static List<Supplier> from(SupplierOptions options) {
    Map<OrganisationNumber, String> seen = new LinkedHashMap<>();
    List<Supplier> all = new ArrayList<>();
    if (options.supplierFile != null) {
      for (Supplier supplier : SupplierFile.read(options.supplierFile)) {
        add(all, seen, supplier, "i leverandørfilen");
      }
    }
    for (Supplier supplier : fromCommandLine(options)) {
      add(all, seen, supplier, "med --orgnr");
    }
    return all.isEmpty() ? List.of(DEFAULT_SUPPLIER) : List.copyOf(all);
  }

  private static void add(
      List<Supplier> all, Map<OrganisationNumber, String> seen, Supplier supplier, String where) {
    String before = seen.putIfAbsent(supplier.orgnr(), where);
    if (before != null) {
      String places = before.equals(where) ? "to ganger " + where : before + " og " + where;
      throw new InvalidInputException(
          "Leverandøren "
              + supplier.orgnr().grouped()
              + " er oppgitt "
              + places
              + ": oppgi hver leverandør bare én gang.");
    }
    all.add(supplier);
  }

  private static List<Supplier> fromCommandLine(SupplierOptions options) {
    if (!options.names.isEmpty() && options.orgnrs.size() != options.names.size()) {
      throw new InvalidInputException(
          "Oppgi ett --navn for hvert --orgnr (fikk "
              + options.orgnrs.size()
              + " organisasjonsnummer og "
              + options.names.size()
              + " navn).");
    }
    List<Supplier> suppliers = new ArrayList<>();
    for (int i = 0; i < options.orgnrs.size(); i++) {
      String orgnr = options.orgnrs.get(i);
      suppliers.add(
          options.names.isEmpty()
              ? knownSupplier(OrganisationNumber.parse(orgnr))
              : Supplier.typed(orgnr, options.names.get(i)));
    }
    return suppliers;
  }

  private static Supplier knownSupplier(OrganisationNumber orgnr) {
    return new Supplier(
        orgnr,
        KnownSuppliers.nameOf(orgnr)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Roboten kjenner ikke navnet til "
                            + orgnr.grouped()
                            + ": oppgi minst de 4 første tegnene med --navn.")));
  }
}
