package no.dpifullmakt.altinn2;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.By;

/**
 * The collapsible section "Har (også) tilgang til disse N enkelttjenestene" on a right holder's
 * overview and removal pages. A person opens it to see the services in it.
 */
final class SingleServicesSection {

  private static final Target FIRST =
      Target.of(Role.BUTTON, NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES));
  private static final Target AFTER_ROLES =
      Target.of(Role.BUTTON, NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES_AFTER_ROLES));
  private static final Target ITEM = Target.of(Role.LISTITEM, NameMatcher.any());

  private SingleServicesSection() {}

  /** Opens the section if there is one; empty when the right holder has no single services. */
  static Optional<Ui> open(Ui page) {
    Optional<AccessibleElement> toggle = page.findNow(FIRST).or(() -> page.findNow(AFTER_ROLES));
    if (toggle.isEmpty()) {
      return Optional.empty();
    }
    Target button = Target.of(Role.BUTTON, NameMatcher.exact(toggle.get().name()));
    if (!"true".equals(toggle.get().expanded())) {
      page.click(button);
    }
    String listId = page.find(button).getAttribute("aria-controls");
    Ui section = page.within(page.driver().findElement(By.id(listId)));
    section.waitFor("at listen over enkelttjenester vises", () -> section.shows(ITEM));
    return Optional.of(section);
  }

  /** The services' names: the first line of each item. */
  static List<String> names(Ui section) {
    return section.findAll(ITEM).stream()
        .map(item -> item.lines().isEmpty() ? "" : item.lines().get(0))
        .toList();
  }
}
