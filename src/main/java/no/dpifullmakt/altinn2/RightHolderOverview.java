package no.dpifullmakt.altinn2;

import java.util.List;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** A right holder's overview in the modal "Gi og fjerne rettigheter": what it holds now. */
public final class RightHolderOverview extends Component {

  static final Target GIVE_SINGLE_SERVICES = Target.link(Altinn2Texts.GIVE_SINGLE_SERVICES);
  private static final Target REMOVE_RIGHTS = Target.link(Altinn2Texts.REMOVE_RIGHTS);
  private static final Target LEVEL_TWO = new Target(Role.HEADING, NameMatcher.any(), 2);

  RightHolderOverview(Ui page) {
    super(page, page.find(Altinn2Modal.OPEN));
    inside.find(GIVE_SINGLE_SERVICES);
  }

  /** Whether the modal shows a right holder's overview now. */
  static boolean isShown(Ui page) {
    return page.shows(Altinn2Modal.OPEN)
        && page.within(Altinn2Modal.OPEN).shows(GIVE_SINGLE_SERVICES);
  }

  /** The right holder's registered name: the first level-2 heading, above its sections. */
  public String rightHolderName() {
    List<AccessibleElement> headings = inside.findAll(LEVEL_TWO);
    if (headings.isEmpty()) {
      throw inside.unreadable("rettighetshaverens navn (en overskrift på nivå 2)");
    }
    return headings.get(0).name();
  }

  /** The single services the right holder has now, read from a complete page. */
  public List<HeldService> heldServices() {
    return SingleServicesSection.read(inside);
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
