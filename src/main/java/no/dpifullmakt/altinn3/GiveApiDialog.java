package no.dpifullmakt.altinn3;

import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.WebElement;

/** "Hvilke API vil du gi <leverandør> fullmakt til?": search, then "Gi fullmakt for <API>". */
public final class GiveApiDialog extends Component {

  private static final Target SEARCH = Target.searchbox(Altinn3Texts.SEARCH_API);
  private static final Target ANY_ACTION =
      Target.of(Role.BUTTON, NameMatcher.startingWith(Altinn3Texts.GIVE_FOR));
  private static final Target ANY_REMOVE =
      Target.of(Role.BUTTON, NameMatcher.startingWith(Altinn3Texts.REMOVE_FOR));
  private static final Target CLOSE = Target.button(Altinn3Texts.CLOSE);

  private final Target dialog;

  GiveApiDialog(Ui page, String supplierName) {
    this(page, Target.dialog(Altinn3Texts.giveDialog(supplierName)));
  }

  private GiveApiDialog(Ui page, Target dialog) {
    super(page, page.find(dialog));
    this.dialog = dialog;
  }

  /**
   * Types the query in "Søk etter API" and waits until the list has been drawn anew for it: the
   * search runs a moment after typing stops, so the old list stays on screen for a while.
   */
  public GiveApiDialog search(String query) {
    inside.waitUntilGone(Altinn3Loading.SPINNER);
    WebElement oldRow = firstAction();
    inside.type(SEARCH, query);
    inside.waitFor(
        "at listen viser treffene for «" + query + "»",
        () ->
            (oldRow == null || Ui.isDetached(oldRow))
                && !inside.shows(Altinn3Loading.SPINNER)
                && firstAction() != null);
    return this;
  }

  private WebElement firstAction() {
    return inside.findAll(ANY_ACTION).stream()
        .findFirst()
        .or(() -> inside.findAll(ANY_REMOVE).stream().findFirst())
        .map(AccessibleElement::element)
        .orElse(null);
  }

  /** Whether the row of this API offers "Slett fullmakt": the supplier already has it. */
  public boolean alreadyGiven(String api) {
    return inside.shows(Target.button(Altinn3Texts.REMOVE_FOR + api));
  }

  /**
   * "Gi fullmakt for <API>". Altinn stores it at once; the button turns into "Slett fullmakt for
   * <API>".
   */
  public GiveApiDialog give(String api) {
    inside.click(Target.button(Altinn3Texts.GIVE_FOR + api));
    inside
        .findUnless(Target.button(Altinn3Texts.REMOVE_FOR + api), this::failure)
        .ifPresent(
            message -> {
              throw new ChangeAnswerLostException(message);
            });
    return this;
  }

  private java.util.Optional<String> failure() {
    return page.messageStartingWith(Altinn3Texts.SOMETHING_WENT_WRONG);
  }

  /** "Lukk": back to the supplier's page, which reloads its list. */
  public SupplierPage close() {
    inside.click(CLOSE);
    page.waitUntilGone(dialog);
    return new SupplierPage(page);
  }
}
