package no.dpifullmakt.altinn2;

import java.util.List;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** "Gi tilgang til enkelttjenester": search, pick services with their plus, then "Neste". */
public final class ServiceSearchPage extends Component {

  private static final Target SEARCH = Target.searchbox(Altinn2Texts.SERVICE_SEARCH);
  private static final Target ADD = Target.button(Altinn2Texts.ADD_SERVICE);
  private static final Target NEXT = Target.button(Altinn2Texts.NEXT);
  private static final Target BOX = Target.of(Role.LISTITEM, NameMatcher.any());
  private static final Target LOADING =
      Target.of(Role.STATUS, NameMatcher.exact(Altinn2Texts.LOADING));

  ServiceSearchPage(Ui page) {
    super(page, page.find(Altinn2Modal.OPEN));
    inside.find(SEARCH);
  }

  /** Step 9: types the query and presses Enter, then waits for the results. */
  public ServiceSearchPage search(String query) {
    inside.type(SEARCH, query);
    inside.pressEnter(SEARCH);
    inside.waitFor("at søket gir treff", () -> !inside.shows(LOADING) && inside.shows(ADD));
    return this;
  }

  /** The result boxes that show this service: its name and its owner. */
  private List<AccessibleElement> boxesOf(HeldService service) {
    return inside.findAll(BOX).stream().filter(box -> service.shownIn(box.lines())).toList();
  }

  /**
   * The one box of the service, by its name and owner.
   *
   * @throws no.dpifullmakt.web.UnreadableStateException when there is none, or more than one
   */
  private AccessibleElement boxOf(HeldService service) {
    List<AccessibleElement> boxes = boxesOf(service);
    if (boxes.size() != 1) {
      throw inside.unreadable(
          "nøyaktig én boks med " + service + " blant treffene (fant " + boxes.size() + ")");
    }
    return boxes.get(0);
  }

  /** Whether Altinn marks this service as one the right holder already has. */
  public boolean alreadyHeld(HeldService service) {
    return boxOf(service).lines().contains(Altinn2Texts.ALREADY_HELD);
  }

  /** Step 10: the plus to the right of the box with exactly this service and owner. */
  public ServiceSearchPage choose(HeldService service) {
    inside.within(boxOf(service).element()).click(ADD);
    return this;
  }

  /** Step 11: "Neste" at the bottom. This is the step that stores the delegation. */
  public ReceiptPage submit() {
    inside.click(NEXT);
    page.findUnless(ReceiptPage.HEADING, this::failure)
        .ifPresent(
            message -> {
              throw ChangeAnswerLostException.saying(message);
            });
    return new ReceiptPage(page);
  }

  private java.util.Optional<String> failure() {
    return page.messageStartingWith(Altinn2Texts.SOMETHING_WENT_WRONG);
  }
}
