package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The green receipt after a delegation: "Nye rettigheter er gitt". */
public final class ReceiptPage extends Component {

  static final Target HEADING = Target.heading(2, Altinn2Texts.RECEIPT_HEADING);
  private static final Target FINISH = Target.button(Altinn2Texts.FINISH);

  ReceiptPage(Ui page) {
    super(page, page.find(RightHolderOverview.DIALOG));
    inside.find(HEADING);
  }

  /** Step 12: "Ferdig" closes the receipt; the list of right holders loads again. */
  public OthersWithRightsPanel finish() {
    inside.click(FINISH);
    page.waitUntilGone(RightHolderOverview.DIALOG);
    return new OthersWithRightsPanel(page);
  }
}
