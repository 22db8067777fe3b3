package no.dpifullmakt.login;

import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** TestID: a synthetic person logs in with a national identity number and nothing else. */
public final class TestIdPage extends Page {

  private static final Target IDENTIFIER = Target.textbox(LoginTexts.PERSONAL_IDENTIFIER);
  private static final Target AUTHENTICATE = Target.button(LoginTexts.AUTHENTICATE);

  TestIdPage(Ui ui) {
    super(ui, IDENTIFIER);
  }

  /** Types the number and presses "Autentiser"; Altinn then asks for the actor. */
  public ActorChoiceDialog authenticate(Secret personalIdentifier) {
    ui.typeSecret(IDENTIFIER, personalIdentifier);
    ui.click(AUTHENTICATE);
    return new ActorChoiceDialog(ui);
  }
}
