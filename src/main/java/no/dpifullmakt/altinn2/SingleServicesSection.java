package no.dpifullmakt.altinn2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Pointer;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.StaleElementReferenceException;

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
  private static final Target TOGGLE =
      new Target(Role.LINK, NameMatcher.any(), 0, null, Role.BUTTON);

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

  /**
   * The sections' toggles: a link or button that opens and closes a section. One look finds them
   * all with the list each opens, since Altinn 2 may draw the whole right holder anew at any
   * moment.
   */
  private static List<AccessibleElement> toggles(Ui page) {
    return page.findAll(TOGGLE).stream().filter(e -> !e.expanded().isEmpty()).toList();
  }

  /** The list a toggle opens, found again by its id whenever it has been drawn anew. */
  private static Ui listOf(Ui page, AccessibleElement toggle) {
    String listId = toggle.controls();
    return page.within(() -> page.driver().findElements(By.id(listId)).stream().findFirst());
  }

  /**
   * Opens the section if it is closed. False when the click did not land: the toggle was covered
   * for a moment (the page was drawn anew, or moved under the pointer), or has left the page.
   */
  private static boolean opened(AccessibleElement toggle) {
    if ("true".equals(toggle.expanded())) {
      return true;
    }
    try {
      Pointer.click(toggle.element());
      return true;
    } catch (ElementNotInteractableException | StaleElementReferenceException e) {
      return false;
    }
  }

  /** Opens the section if it is closed, and reads each item as a service with its owner. */
  private static Optional<List<HeldService>> items(Ui page, AccessibleElement toggle) {
    if (!opened(toggle) || toggle.controls().isBlank()) {
      return Optional.empty();
    }
    Ui section = listOf(page, toggle);
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

  private static Optional<org.openqa.selenium.WebElement> onlyItemShowing(
      Ui section, HeldService service) {
    List<AccessibleElement> matching =
        section.scan(ITEM).stream().filter(i -> service.shownIn(i.lines())).toList();
    return matching.size() == 1 ? Optional.of(matching.get(0).element()) : Optional.empty();
  }

  /** The section's part of the page holding this service's item, opened. */
  static Ui itemOf(Ui page, HeldService service) {
    Ui[] item = {null};
    try {
      page.waitFor(
          "at siden viser nøyaktig én rad med " + service,
          () -> (item[0] = itemNow(page, service)) != null);
    } catch (no.dpifullmakt.web.ScreenChangedException e) {
      throw page.unreadable("nøyaktig én rad med " + service);
    }
    return item[0];
  }

  private static Ui itemNow(Ui page, HeldService service) {
    for (AccessibleElement toggle : toggles(page)) {
      if (!(FIRST.matches(toggle.name()) || AFTER_ROLES.matches(toggle.name()))) {
        continue;
      }
      if (!opened(toggle)) {
        return null;
      }
      Ui section = listOf(page, toggle);
      List<AccessibleElement> matching =
          section.findAll(ITEM).stream().filter(i -> service.shownIn(i.lines())).toList();
      if (matching.size() == 1) {
        return page.within(() -> onlyItemShowing(section, service));
      }
    }
    return null;
  }
}
