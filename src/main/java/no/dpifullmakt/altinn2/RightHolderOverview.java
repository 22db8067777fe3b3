package no.dpifullmakt.altinn2;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.WebElement;

/** A right holder's overview in the modal "Gi og fjerne rettigheter": what it holds now. */
public final class RightHolderOverview extends Component {

  static final Target DIALOG = Target.dialog(Altinn2Texts.RIGHTS_DIALOG);
  static final Target GIVE_SINGLE_SERVICES = Target.link(Altinn2Texts.GIVE_SINGLE_SERVICES);
  private static final Target REMOVE_RIGHTS = Target.link(Altinn2Texts.REMOVE_RIGHTS);
  private static final Target NAME = new Target(Role.HEADING, NameMatcher.any(), 2);
  private static final Target HELD_SERVICES =
      Target.of(Role.BUTTON, NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES));
  private static final Target HELD_SERVICES_AFTER_ROLES =
      Target.of(Role.BUTTON, NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES_AFTER_ROLES));

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
    Optional<AccessibleElement> section =
        inside.findNow(HELD_SERVICES).or(() -> inside.findNow(HELD_SERVICES_AFTER_ROLES));
    if (section.isEmpty()) {
      return List.of();
    }
    Target sectionButton = Target.of(Role.BUTTON, NameMatcher.exact(section.get().name()));
    if (!"true".equals(section.get().expanded())) {
      inside.click(sectionButton);
    }
    String listId = inside.find(sectionButton).getAttribute("aria-controls");
    WebElement list = inside.driver().findElement(org.openqa.selenium.By.id(listId));
    Ui services = inside.within(list);
    services.waitFor("at listen over enkelttjenester vises", list::isDisplayed);
    return services.findAll(Target.of(Role.LISTITEM, NameMatcher.any())).stream()
        .map(item -> item.lines().isEmpty() ? "" : item.lines().get(0))
        .toList();
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
