package no.dpifullmakt.altinn2;

import java.util.List;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** A right holder's overview in the modal "Gi og fjerne rettigheter": what it holds now. */
public final class RightHolderOverview extends Component {

  static final Target DIALOG = Target.dialog(Altinn2Texts.RIGHTS_DIALOG);
  static final Target GIVE_SINGLE_SERVICES = Target.link(Altinn2Texts.GIVE_SINGLE_SERVICES);
  private static final Target REMOVE_RIGHTS = Target.link(Altinn2Texts.REMOVE_RIGHTS);
  private static final Target NAME = new Target(Role.HEADING, NameMatcher.any(), 2);

  RightHolderOverview(Ui page) {
    super(page, page.find(DIALOG));
    inside.find(GIVE_SINGLE_SERVICES);
  }

  /** The right holder's registered name, as Altinn shows it. */
  public String rightHolderName() {
    return inside.find(NAME).getText().strip();
  }

  /** The single services the right holder has now, read from the page (not remembered). */
  public List<String> heldServices() {
    return SingleServicesSection.open(inside).map(SingleServicesSection::names).orElse(List.of());
  }

  public boolean holds(String serviceName) {
    return heldServices().contains(serviceName);
  }

  /** Step 8: "Gi tilgang til enkelttjenester". */
  public ServiceSearchPage giveSingleServices() {
    inside.click(GIVE_SINGLE_SERVICES);
    return new ServiceSearchPage(page);
  }

  /** "Fjern en eller flere rettigheter". */
  public RemovalPage startRemoving() {
    inside.click(REMOVE_RIGHTS);
    return new RemovalPage(page);
  }

  /** Closes the modal without saving anything, back to the list of right holders. */
  public OthersWithRightsPanel close() {
    return Altinn2Modal.closeIfOpen(page);
  }
}
