package no.dpifullmakt.altinn2;

import java.util.List;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The modal "Legge til ny person eller virksomhet". */
public final class AddRightHolderDialog extends Component {

  private static final Target HEADING = Target.heading(1, Altinn2Texts.ADD_DIALOG);
  private static final Target EXTERNAL = Target.tab(Altinn2Texts.EXTERNAL_ORGANISATION_TAB);
  private static final Target ORGNR = Target.textbox(Altinn2Texts.ORGNR_FIELD);
  private static final Target NAME = Target.textbox(Altinn2Texts.NAME_FIELD);
  private static final Target NEXT = Target.button(Altinn2Texts.NEXT);
  private static final Target ERROR = Target.of(Role.ALERT, NameMatcher.any());

  AddRightHolderDialog(Ui page) {
    super(page, page.find(Altinn2Modal.OPEN));
    inside.find(HEADING);
  }

  /** Step 4: the tab "Ekstern virksomhet" under "Hva vil du legge til?". */
  public AddRightHolderDialog chooseExternalOrganisation() {
    inside.click(EXTERNAL);
    inside.find(ORGNR);
    return this;
  }

  /** Step 5: the organisation number in "Org.nr.". */
  public AddRightHolderDialog enterOrganisationNumber(OrganisationNumber orgnr) {
    inside.type(ORGNR, orgnr.digits());
    return this;
  }

  /** Step 6: the first characters of the name in "Navn". */
  public AddRightHolderDialog enterName(SupplierName name) {
    inside.type(NAME, name.text());
    return this;
  }

  /**
   * Step 7: "Neste". Altinn checks the number and the name, then shows the right holder.
   *
   * @throws PortalRefusedException with Altinn's message when it does not accept them
   */
  public RightHolderOverview next() {
    inside.click(NEXT);
    page.waitFor(
        "at Altinn viser rettighetshaveren eller en feilmelding",
        () -> RightHolderOverview.isShown(page) || !errors().isEmpty());
    List<String> errors = errors();
    if (!errors.isEmpty()) {
      throw new PortalRefusedException(
          "Altinn godtok ikke organisasjonsnummeret og navnet.", String.join(" ", errors));
    }
    return new RightHolderOverview(page);
  }

  private List<String> errors() {
    if (!page.shows(Altinn2Modal.OPEN)) {
      return List.of();
    }
    return inside.findAll(ERROR).stream()
        .map(AccessibleElement::element)
        .map(e -> e.getText().strip())
        .filter(text -> !text.isEmpty())
        .toList();
  }
}
