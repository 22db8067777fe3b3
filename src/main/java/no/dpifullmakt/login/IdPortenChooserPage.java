package no.dpifullmakt.login;

import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** ID-porten's choice of electronic ID. */
public final class IdPortenChooserPage extends Page {

  private static final Target TESTID = Target.link(LoginTexts.TESTID_LINK);

  public IdPortenChooserPage(Ui ui) {
    super(ui, TESTID);
  }

  public TestIdPage chooseTestId() {
    ui.click(TESTID);
    return new TestIdPage(ui);
  }
}
