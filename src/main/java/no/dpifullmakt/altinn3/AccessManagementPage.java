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

  /** What shows that the person is logged in and has chosen the organisation. */
  public static final Target LANDED = SIDEBAR;

  private static final java.util.List<Target> CLOSE_BUTTONS =
      java.util.List.of(
          Target.button(Altinn3Texts.CLOSE_DIALOG), Target.button(Altinn3Texts.CLOSE));

  public AccessManagementPage(Ui ui) {
    super(ui, SIDEBAR);
  }

  /**
   * Any page of Tilgangsstyring, after closing a dialog that is open over it (a person cannot reach
   * the menu past an open dialog).
   */
  public static AccessManagementPage closingAnyDialog(Ui ui) {
    for (Target close : CLOSE_BUTTONS) {
      if (ui.shows(close)) {
        Target dialog = Target.of(Role.DIALOG, NameMatcher.any());
        ui.within(dialog).click(close);
        ui.waitUntilGone(dialog);
        break;
      }
    }
    return new AccessManagementPage(ui);
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
