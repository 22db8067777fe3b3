package no.dpifullmakt.altinn3;

import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Any page of Tilgangsstyring: the sidebar leads everywhere. */
public final class AccessManagementPage extends Page {

  private static final Target SIDEBAR =
      Target.of(Role.NAVIGATION, NameMatcher.exact(Altinn3Texts.SIDEBAR));
  private static final Target MASKINPORTEN = Target.link(Altinn3Texts.MASKINPORTEN_LINK);

  public AccessManagementPage(Ui ui) {
    super(ui, SIDEBAR);
  }

  /**
   * Step 1: "Maskinportenadministrasjon" in the sidebar. Altinn shows it only to someone with the
   * access package "Maskinporten administrator" for the organisation.
   */
  public MaskinportenPage openMaskinporten() {
    ui.within(SIDEBAR).click(MASKINPORTEN);
    return new MaskinportenPage(ui);
  }
}
