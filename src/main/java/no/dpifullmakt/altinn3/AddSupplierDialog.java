package no.dpifullmakt.altinn3;

import java.util.List;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.AccessibleText;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The dialog "Legg til leverandør": type the number, Altinn looks it up, then add it. */
public final class AddSupplierDialog extends Component {

  private static final Target DIALOG = Target.dialog(Altinn3Texts.ADD_SUPPLIER_DIALOG);
  private static final Target ORGNR = Target.textbox(Altinn3Texts.ORGNR_FIELD);
  private static final Target YOU_ARE_ADDING = Target.heading(3, Altinn3Texts.YOU_ARE_ADDING);
  private static final Target ADD = Target.button(Altinn3Texts.ADD_ORGANISATION);
  private static final Target ERROR = Target.of(Role.ALERT, NameMatcher.any());

  AddSupplierDialog(Ui page) {
    super(page, page.find(DIALOG));
  }

  /**
   * Types the number in "Organisasjonsnummer" and waits for Altinn's lookup to answer.
   *
   * @throws PortalRefusedException with Altinn's message when the lookup fails
   * @throws no.dpifullmakt.web.UnknownPortalTextException when Altinn answers with a message the
   *     robot does not know
   */
  public AddSupplierDialog enterOrganisationNumber(OrganisationNumber orgnr) {
    inside.type(ORGNR, orgnr.digits());
    inside.waitFor(
        "at Altinn slår opp organisasjonsnummeret",
        () -> inside.shows(YOU_ARE_ADDING) || !errors().isEmpty());
    List<String> errors = errors();
    if (errors.stream().anyMatch(error -> !Altinn3Texts.knownLookupError(error))) {
      throw inside.unknownText(String.join(" ", errors), Altinn3Texts.LOOKUP_ERRORS);
    }
    if (!errors.isEmpty()) {
      throw new PortalRefusedException(
          "Altinn fant ikke leverandøren " + orgnr.grouped() + ".", String.join(" ", errors));
    }
    return this;
  }

  /** The name Altinn found: the line a person reads right under "Du legger til:". */
  public String foundName() {
    inside.find(YOU_ARE_ADDING);
    List<String> lines =
        root.getText().lines().map(AccessibleText::normalise).filter(l -> !l.isEmpty()).toList();
    int heading = lines.indexOf(Altinn3Texts.YOU_ARE_ADDING);
    if (heading < 0 || heading + 1 >= lines.size()) {
      throw new IllegalStateException("Fant ikke navnet under «Du legger til:»");
    }
    return lines.get(heading + 1);
  }

  /** "Legg til virksomhet": enabled once the lookup has succeeded. */
  public SupplierPage add() {
    inside.click(ADD);
    page.findUnless(SupplierPage.COUNT, this::failure)
        .ifPresent(
            message -> {
              throw new ChangeAnswerLostException(message);
            });
    return new SupplierPage(page);
  }

  private java.util.Optional<String> failure() {
    return page.messageStartingWith(Altinn3Texts.SOMETHING_WENT_WRONG);
  }

  /**
   * Altinn's answers to the lookup. A message that offers "Prøv igjen" is not an answer: the lookup
   * failed on the way, and the robot presses the button while it waits.
   */
  private List<String> errors() {
    return inside.findAll(ERROR).stream()
        .filter(alert -> !alert.lines().contains(Altinn3Texts.RETRY))
        .map(AccessibleElement::element)
        .map(e -> e.getText().strip())
        .filter(text -> !text.isEmpty())
        .toList();
  }
}
