package no.dpifullmakt.practiceportal.altinn3.state;

import no.dpifullmakt.practiceportal.directory.Authority;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * The state the portal starts in: every organisation that someone administers Maskinporten for has
 * the two suppliers from Altinn's screenshots, each with a couple of ordinary APIs (no DPI). One
 * organisation without the Maskinporten package has two of the municipal actors as suppliers, so
 * their "Konsumenter" tab is not empty.
 */
public final class SeedState {

  public static final String EKSEMPEL_SYSTEMPARTNER = "910753614";
  public static final String TESTLEVERANDOR = "312605031";

  static final String NORDFJELL_ARKIV = "310166138";
  static final String FJORDVIK_KOMMUNE = "315260183";
  static final String LEVENDE_KUNSTIG_APE = "312787075";

  private SeedState() {}

  public static void apply(Altinn3State state, Directory directory) {
    state.clear();
    for (Organisation organisation : directory.organisations()) {
      if (hasMaskinportenAdministrator(directory, organisation)) {
        seedSuppliers(state.suppliers(organisation.orgnr()));
      }
    }
    SupplierBook nordfjell = state.suppliers(NORDFJELL_ARKIV);
    nordfjell.addSupplier(FJORDVIK_KOMMUNE);
    nordfjell.giveApi(FJORDVIK_KOMMUNE, "digdir-krr-oppslag");
    nordfjell.addSupplier(LEVENDE_KUNSTIG_APE);
    nordfjell.giveApi(LEVENDE_KUNSTIG_APE, "brreg-regnskapsregisteret");
    nordfjell.giveApi(LEVENDE_KUNSTIG_APE, "nav-aareg");
  }

  /** The two suppliers of the screenshots, with their APIs. */
  public static void seedSuppliers(SupplierBook book) {
    book.addSupplier(EKSEMPEL_SYSTEMPARTNER);
    book.giveApi(EKSEMPEL_SYSTEMPARTNER, "skatteetaten-inntekt");
    book.giveApi(EKSEMPEL_SYSTEMPARTNER, "nav-aareg");
    book.addSupplier(TESTLEVERANDOR);
    book.giveApi(TESTLEVERANDOR, "kartverket-matrikkel");
    book.giveApi(TESTLEVERANDOR, "svv-kjoretoy");
  }

  private static boolean hasMaskinportenAdministrator(
      Directory directory, Organisation organisation) {
    return directory.people().stream()
        .anyMatch(p -> directory.has(p, organisation, Authority.MASKINPORTEN_ADMINISTRATOR));
  }
}
