package no.dpifullmakt.altinn3;

import java.util.List;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Any page of Tilgangsstyring: the sidebar leads everywhere. */
public final class AccessManagementPage extends Page {

  private static final Target SIDEBAR =
      Target.of(Role.NAVIGATION, NameMatcher.exact(Altinn3Texts.SIDEBAR));

  /** Shown only to someone with the access package "Maskinporten administrator". */
  public static final Target MASKINPORTEN = Target.link(Altinn3Texts.MASKINPORTEN_LINK);

  private static final Target ANY_LINK = Target.of(Role.LINK, NameMatcher.any());

  /** How long a menu that says it is loaded may still take to show an item. */
  private static final java.time.Duration SETTLING = java.time.Duration.ofSeconds(2);

  /** What shows that the person is logged in and has chosen the organisation. */
  public static final Target LANDED = SIDEBAR;

  private static final Target OPEN_DIALOG = Target.of(Role.DIALOG, NameMatcher.any());
  private static final List<Target> CLOSE_BUTTONS =
      List.of(Target.button(Altinn3Texts.CLOSE_DIALOG), Target.button(Altinn3Texts.CLOSE));

  public AccessManagementPage(Ui ui) {
    super(ui, SIDEBAR);
  }

  /**
   * Any page of Tilgangsstyring, after closing a dialog that is open over it (a person cannot reach
   * the menu past an open dialog).
   */
  public static AccessManagementPage closingAnyDialog(Ui ui) {
    if (ui.shows(OPEN_DIALOG)) {
      Ui dialog = ui.within(OPEN_DIALOG);
      for (Target close : CLOSE_BUTTONS) {
        if (dialog.shows(close)) {
          dialog.click(close);
          ui.waitUntilGone(OPEN_DIALOG);
          break;
        }
      }
    }
    return new AccessManagementPage(ui);
  }

  /**
   * Step 1: "Maskinportenadministrasjon" in the sidebar.
   *
   * @throws no.dpifullmakt.web.ScreenChangedException when the sidebar has no such link, also after
   *     waiting: the person may lack the access package, or Altinn has moved it
   */
  public MaskinportenPage openMaskinporten() {
    Ui sidebar = ui.within(SIDEBAR);
    // Altinn asks who may see which items before it shows them; until then the menu is busy.
    sidebar.waitFor("at menyen er ferdig lastet", () -> !sidebar.busy());
    sidebar.waitingAtMost(SETTLING).click(MASKINPORTEN);
    return new MaskinportenPage(ui);
  }

  /** The names of the sidebar's links right now. */
  public List<String> sidebarLinks() {
    return ui.within(SIDEBAR).findAll(ANY_LINK).stream().map(AccessibleElement::name).toList();
  }
}
