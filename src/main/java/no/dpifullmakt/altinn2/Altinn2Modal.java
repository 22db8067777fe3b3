package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The modal that every delegation page lives in; closing it discards what was not stored. */
public final class Altinn2Modal {

  /**
   * The modal every delegation page lives in. It has no accessible name (its h1 is its only title),
   * so the robot knows each page by what is on it, not by the dialog's name.
   */
  static final Target OPEN = Target.of(Role.DIALOG, NameMatcher.any());

  private static final Target ANY_MODAL = OPEN;
  private static final Target CLOSE = Target.button(Altinn2Texts.CLOSE);
  private static final Target LEAVE = Target.button(Altinn2Texts.LEAVE_WITHOUT_SAVING);

  private Altinn2Modal() {}

  /** Closes the modal if one is open ("Lukk", then "Forlat siden" if Altinn asks). */
  public static OthersWithRightsPanel closeIfOpen(Ui ui) {
    if (ui.shows(ANY_MODAL)) {
      ui.within(ANY_MODAL).click(CLOSE);
      ui.waitFor("at dialogen lukkes", () -> !ui.shows(ANY_MODAL) || ui.shows(LEAVE));
      if (ui.shows(LEAVE)) {
        ui.click(LEAVE);
        ui.waitUntilGone(ANY_MODAL);
      }
    }
    return new OthersWithRightsPanel(ui);
  }
}
