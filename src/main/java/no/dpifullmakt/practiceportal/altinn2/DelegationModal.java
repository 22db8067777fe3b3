package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.directory.Organisation;

/**
 * The addresses of the pages that slide into the delegation dialog ("a-modal"), and how a page
 * finds the right holder it is about from {@code {ref}}, the party's opaque uuid.
 */
final class DelegationModal {

  static final String ROOT = "/ui/DelegationModal";
  static final String ADD = ROOT + "/AddRightHolder";
  static final String RIGHT_HOLDER = ROOT + "/RightHolder/{ref}";
  static final String SERVICES = RIGHT_HOLDER + "/Services";
  static final String SERVICE_SEARCH = SERVICES + "/Search";
  static final String REMOVE = RIGHT_HOLDER + "/Remove";

  /**
   * Where the receipts' "Ferdig" leads without the dialog's script: the profile with "Andre med
   * rettigheter" open. The script closes the dialog instead.
   */
  static final String FINISHED =
      Altinn2Module.PROFILE + "?Section=" + ProfilePage.OTHERS_WITH_RIGHTS_SECTION;

  /** The dialog's h1 on every page but the first. */
  static final String TITLE = "Gi og fjerne rettigheter";

  private DelegationModal() {}

  static String overviewUrl(Party party) {
    return RIGHT_HOLDER.replace("{ref}", party.uuid().toString());
  }

  static String servicesUrl(Party party) {
    return SERVICES.replace("{ref}", party.uuid().toString());
  }

  static String serviceSearchUrl(Party party) {
    return SERVICE_SEARCH.replace("{ref}", party.uuid().toString());
  }

  static String removeUrl(Party party) {
    return REMOVE.replace("{ref}", party.uuid().toString());
  }

  /** The party the page is about; never the acting organisation itself. */
  static Party party(Context ctx, Parties parties, Organisation actor) {
    Party party =
        parties
            .byUuid(ctx.pathParam("ref"))
            .orElseThrow(() -> new NotFoundResponse("Fant ikke rettighetshaveren."));
    if (party.isOrganisation() && party.id().equals(actor.orgnr())) {
      throw new BadRequestResponse(AddRightHolderRules.OWN_ORGANISATION);
    }
    return party;
  }
}
