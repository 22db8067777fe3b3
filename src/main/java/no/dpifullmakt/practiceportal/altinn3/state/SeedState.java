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

  /** Everything back to the seed. */
  public static void apply(Altinn3State state, Directory directory) {
    state.clear();
    for (Organisation organisation : directory.organisations()) {
      applyTo(state, directory, organisation);
    }
  }

  /**
   * One acting organisation back to its seed: its suppliers as at the start and no users added.
   * Other organisations are not touched.
   */
  public static void applyTo(Altinn3State state, Directory directory, Organisation actor) {
    ActorState actorState = state.actor(actor.orgnr());
    actorState.users().clear();
    boolean administered = hasMaskinportenAdministrator(directory, actor);
    actorState
        .suppliers()
        .replace(
            book -> {
              if (administered) {
                seedSuppliers(book);
              }
              if (NORDFJELL_ARKIV.equals(actor.orgnr())) {
                seedNordfjell(book);
              }
            });
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

  /** The archive has two municipal actors as suppliers, so they have consumers to show. */
  private static void seedNordfjell(SupplierBook book) {
    book.addSupplier(FJORDVIK_KOMMUNE);
    book.giveApi(FJORDVIK_KOMMUNE, "digdir-krr-oppslag");
    book.addSupplier(LEVENDE_KUNSTIG_APE);
    book.giveApi(LEVENDE_KUNSTIG_APE, "brreg-regnskapsregisteret");
    book.giveApi(LEVENDE_KUNSTIG_APE, "nav-aareg");
  }

  private static boolean hasMaskinportenAdministrator(
      Directory directory, Organisation organisation) {
    return directory.people().stream()
        .anyMatch(p -> directory.has(p, organisation, Authority.MASKINPORTEN_ADMINISTRATOR));
  }
}
