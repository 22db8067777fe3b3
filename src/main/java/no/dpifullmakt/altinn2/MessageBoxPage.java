package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Any Altinn 2 page with the global header; after login, the inbox ("innboks"). */
public final class MessageBoxPage extends Page {

  private static final Target PROFILE = Target.link(Altinn2Texts.PROFILE_MENU);

  /** What shows that the person is logged in and has chosen the organisation. */
  public static final Target LANDED = PROFILE;

  public MessageBoxPage(Ui ui) {
    super(ui, PROFILE);
  }

  /** Step 1: "Profil" in the top menu. */
  public ProfilePage openProfile() {
    ui.click(PROFILE);
    return new ProfilePage(ui);
  }
}
