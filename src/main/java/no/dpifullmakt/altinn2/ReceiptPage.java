package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The green receipt after a delegation: "Nye rettigheter er gitt". */
public final class ReceiptPage extends Component {

  static final Target HEADING = Target.heading(2, Altinn2Texts.RECEIPT_HEADING);
  // A button in some versions of Altinn 2, a link in others.
  static final Target FINISH = Target.buttonOrLink(Altinn2Texts.FINISH);

  ReceiptPage(Ui page) {
    super(page, page.find(Altinn2Modal.OPEN));
    inside.find(HEADING);
  }

  /** Step 12: "Ferdig" closes the receipt; the list of right holders loads again. */
  public OthersWithRightsPanel finish() {
    inside.click(FINISH);
    page.waitUntilGone(Altinn2Modal.OPEN);
    return new OthersWithRightsPanel(page);
  }
}
