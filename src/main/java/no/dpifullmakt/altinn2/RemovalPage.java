package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** "Fjern en eller flere rettigheter": a "Fjern" per service, then "Ferdig". */
public final class RemovalPage extends Component {

  private static final Target REMOVE = Target.button(Altinn2Texts.REMOVE);
  private static final Target SUBMIT = Target.button(Altinn2Texts.FINISH);
  private static final Target REMOVED = Target.heading(2, Altinn2Texts.REMOVED_HEADING);

  RemovalPage(Ui page) {
    super(page, page.find(Altinn2Modal.OPEN));
    inside.find(SUBMIT);
  }

  /** "Fjern" on the row of exactly this service, known by its name and owner ("Angre" after). */
  public RemovalPage markForRemoval(HeldService service) {
    SingleServicesSection.itemOf(inside, service).click(REMOVE);
    return this;
  }

  /** "Ferdig" stores the removal; Altinn confirms with "Rettigheter er fjernet". */
  public RemovalReceipt confirm() {
    inside.click(SUBMIT);
    inside
        .findUnless(REMOVED, () -> page.messageStartingWith(Altinn2Texts.SOMETHING_WENT_WRONG))
        .ifPresent(
            message -> {
              throw ChangeAnswerLostException.saying(message);
            });
    return new RemovalReceipt(page);
  }

  /** The receipt after a removal. */
  public static final class RemovalReceipt {
    private final Ui page;

    RemovalReceipt(Ui page) {
      this.page = page;
    }

    public OthersWithRightsPanel finish() {
      page.within(Altinn2Modal.OPEN).click(ReceiptPage.FINISH);
      page.waitUntilGone(Altinn2Modal.OPEN);
      return new OthersWithRightsPanel(page);
    }
  }
}
