package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** "Profil for <organisation>": an accordion of panels. */
public final class ProfilePage extends Page {

  private static final Target OTHERS_WITH_RIGHTS =
      Target.of(Role.LINK, NameMatcher.startingWith(Altinn2Texts.OTHERS_WITH_RIGHTS));

  ProfilePage(Ui ui) {
    super(ui, OTHERS_WITH_RIGHTS);
  }

  /** Step 2: opens the panel "Andre med rettigheter" and waits for its list to load. */
  public OthersWithRightsPanel openOthersWithRights() {
    ui.click(OTHERS_WITH_RIGHTS);
    return new OthersWithRightsPanel(ui);
  }
}
