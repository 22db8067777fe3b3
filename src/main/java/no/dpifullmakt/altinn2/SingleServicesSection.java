package no.dpifullmakt.altinn2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.By;

/**
 * The sections of a right holder's overview and removal pages: a heading with a toggle in it ("Har
 * tilgang til disse N enkelttjenestene", "Har disse N rollene:"), and under it a list. What the
 * right holder has is read only when every section is one the robot knows and each list holds as
 * many items as its heading says; or, with no sections, when the page says it has none.
 */
final class SingleServicesSection {

  private static final NameMatcher FIRST = NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES);
  private static final NameMatcher AFTER_ROLES =
      NameMatcher.withNumber(Altinn2Texts.HELD_SERVICES_AFTER_ROLES);
  private static final NameMatcher ROLES = NameMatcher.withNumber(Altinn2Texts.HELD_ROLES);
  private static final Target ITEM = Target.of(Role.LISTITEM, NameMatcher.any());
  private static final List<Target> TOGGLES =
      List.of(Target.of(Role.LINK, NameMatcher.any()), Target.of(Role.BUTTON, NameMatcher.any()));

  private SingleServicesSection() {}

  /**
   * The single services the right holder has, read from a complete page.
   *
   * @throws no.dpifullmakt.web.UnreadableStateException when a section is unknown, or a list does
   *     not hold what its heading says
   */
  static List<HeldService> read(Ui page) {
    List<HeldService>[] read = new List[] {null};
    String[] problem = {"at siden viser rettighetshaverens rettigheter"};
    try {
      page.waitFor(
          "at siden viser hva rettighetshaveren har",
          () -> (read[0] = readNow(page, problem)) != null);
    } catch (no.dpifullmakt.web.ScreenChangedException e) {
      throw new no.dpifullmakt.web.UnreadableStateException(problem[0], e);
    }
    return read[0];
  }

  private static List<HeldService> readNow(Ui page, String[] problem) {
    List<AccessibleElement> toggles = toggles(page);
    if (toggles.isEmpty()) {
      problem[0] =
          "at siden viser seksjoner med rettigheter, eller «" + Altinn2Texts.HOLDS_NOTHING + "»";
      return page.showsLineStartingWith(Altinn2Texts.HOLDS_NOTHING) ? List.of() : null;
    }
    List<HeldService> services = new ArrayList<>();
    for (AccessibleElement toggle : toggles) {
      String name = toggle.name();
      boolean single = FIRST.matches(name) || AFTER_ROLES.matches(name);
      if (!single && !ROLES.matches(name)) {
        problem[0] = "en seksjon roboten kjenner, ikke «" + name + "»";
        return null;
      }
      if (!single) {
        continue;
      }
      int count = Integer.parseInt(name.replaceAll("\\D", ""));
      Optional<List<HeldService>> items = items(page, toggle);
      if (items.isEmpty() || items.get().size() != count) {
        problem[0] =
            "at «"
                + name
                + "» viser "
                + count
                + " tjenester med navn og eier (viste "
                + items.map(List::size).orElse(0)
                + ")";
        return null;
      }
      services.addAll(items.get());
    }
    return services;
  }

  /** The sections' toggles: a link or button that opens and closes a section. */
  private static List<AccessibleElement> toggles(Ui page) {
    List<AccessibleElement> toggles = new ArrayList<>();
    for (Target target : TOGGLES) {
      page.findAll(target).stream().filter(e -> !e.expanded().isEmpty()).forEach(toggles::add);
    }
    return toggles;
  }

  /** Opens the section if it is closed, and reads each item as a service with its owner. */
  private static Optional<List<HeldService>> items(Ui page, AccessibleElement toggle) {
    if (!"true".equals(toggle.expanded())) {
      toggle.element().click();
    }
    String listId = toggle.element().getAttribute("aria-controls");
    if (listId == null || listId.isBlank()) {
      return Optional.empty();
    }
    Ui section = page.within(page.driver().findElement(By.id(listId)));
    List<HeldService> services = new ArrayList<>();
    for (AccessibleElement item : section.findAll(ITEM)) {
      Optional<HeldService> service = HeldService.of(item.lines());
      if (service.isEmpty()) {
        return Optional.empty();
      }
      services.add(service.get());
    }
    return Optional.of(services);
  }

  /** The section's part of the page holding this service's item, opened. */
  static Ui itemOf(Ui page, HeldService service) {
    for (AccessibleElement toggle : toggles(page)) {
      if (!(FIRST.matches(toggle.name()) || AFTER_ROLES.matches(toggle.name()))) {
        continue;
      }
      if (!"true".equals(toggle.expanded())) {
        toggle.element().click();
      }
      Ui section =
          page.within(
              page.driver().findElement(By.id(toggle.element().getAttribute("aria-controls"))));
      List<AccessibleElement> matching =
          section.findAll(ITEM).stream().filter(i -> service.shownIn(i.lines())).toList();
      if (matching.size() == 1) {
        return page.within(matching.get(0).element());
      }
    }
    throw page.unreadable("nøyaktig én rad med " + service);
  }
}
