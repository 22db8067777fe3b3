package no.dpifullmakt.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Reads, in one round trip, every perceivable element's role and accessible name. */
public final class AccessibilitySnapshot {

  private static final PageScript SCRIPT = PageScript.look("accessibility-snapshot.js");

  private AccessibilitySnapshot() {}

  /**
   * @param scope the element to search within, or null for the whole page
   */
  public static List<AccessibleElement> take(WebDriver driver, WebElement scope) {
    return take(driver, scope, false, null).elements();
  }

  /**
   * Like {@link #take}, but only the elements with one of these roles: the same elements a filter
   * on the role would keep afterwards, with less work in the page and less to send back.
   */
  public static List<AccessibleElement> take(
      WebDriver driver, WebElement scope, Collection<String> roles) {
    return look(driver, scope, roles).elements();
  }

  /** Like {@link #take} for these roles, and also the address of the page looked at. */
  public static Look look(WebDriver driver, WebElement scope, Collection<String> roles) {
    return take(driver, scope, false, List.copyOf(roles));
  }

  /** Like {@link #take}, and also tells where each element is (for diagnoses). */
  public static List<AccessibleElement> takeWithPlaces(WebDriver driver, WebElement scope) {
    return take(driver, scope, true, null).elements();
  }

  /**
   * One look: what it saw and where.
   *
   * @param address the address of the page looked at, also when nothing was seen
   */
  public record Look(List<AccessibleElement> elements, String address) {

    public static final Look NOTHING = new Look(List.of(), "");
  }

  /**
   * The look just before the robot acts, in one round trip: the elements with these roles, which of
   * them are moving, and the whole page as a person sees it then.
   */
  public static BeforeAction takeBeforeAction(
      WebDriver driver, WebElement scope, Collection<String> roles) {
    Object raw = SCRIPT.runAsync(driver, scope, false, List.copyOf(roles), "act");
    if (!(raw instanceof Map<?, ?> look)) {
      return BeforeAction.NOTHING;
    }
    List<AccessibleElement> elements = new ArrayList<>();
    Set<WebElement> moving = new HashSet<>();
    for (Map<?, ?> row : rows(look.get("elements"))) {
      AccessibleElement element = toElement(row);
      elements.add(element);
      if (Boolean.TRUE.equals(row.get("moving"))) {
        moving.add(element.element());
      }
    }
    List<SeenElement> page =
        rows(look.get("page")).stream().map(row -> toElement(row).seen()).toList();
    return new BeforeAction(elements, moving, page, String.valueOf(look.get("address")));
  }

  /**
   * @param elements the elements with the roles asked for, in the part of the page looked at
   * @param moving those of them that were sliding or fading (a click now could miss)
   * @param page everything perceivable on the whole page, without links to the live elements
   * @param address the page's address
   */
  public record BeforeAction(
      List<AccessibleElement> elements,
      Set<WebElement> moving,
      List<SeenElement> page,
      String address) {

    /** What a look sees where there is nothing to see (its part of the page has gone). */
    public static final BeforeAction NOTHING = new BeforeAction(List.of(), Set.of(), List.of(), "");
  }

  private static Look take(
      WebDriver driver, WebElement scope, boolean withPlaces, List<String> roles) {
    Object raw = SCRIPT.run(driver, scope, withPlaces, roles);
    if (!(raw instanceof Map<?, ?> look)) {
      return Look.NOTHING;
    }
    return new Look(
        rows(look.get("elements")).stream().map(AccessibilitySnapshot::toElement).toList(),
        String.valueOf(look.get("address")));
  }

  private static List<Map<?, ?>> rows(Object raw) {
    if (!(raw instanceof List<?> rows)) {
      return List.of();
    }
    return rows.stream().<Map<?, ?>>map(row -> (Map<?, ?>) row).toList();
  }

  private static AccessibleElement toElement(Map<?, ?> row) {
    return new AccessibleElement(
        (WebElement) row.get("el"),
        String.valueOf(row.get("role")),
        AccessibleText.normalise(String.valueOf(row.get("name"))),
        ((Number) row.get("level")).intValue(),
        Boolean.TRUE.equals(row.get("disabled")),
        Boolean.TRUE.equals(row.get("blocked")),
        String.valueOf(row.get("expanded")),
        row.get("controls") == null ? "" : String.valueOf(row.get("controls")),
        String.valueOf(row.get("selected")),
        Boolean.TRUE.equals(row.get("checked")),
        String.valueOf(row.get("id")),
        row.get("item") instanceof Number n ? n.intValue() : -1,
        lines(row.get("text")),
        row.get("place") == null ? "" : String.valueOf(row.get("place")),
        String.valueOf(row.get("address")),
        box(row.get("box")));
  }

  /** [left, top, width, height, viewport width, viewport height, device pixels per CSS pixel] */
  private static ScreenBox box(Object raw) {
    if (!(raw instanceof List<?> numbers)
        || numbers.size() != 7
        || !numbers.stream().allMatch(Number.class::isInstance)) {
      return null;
    }
    double[] n = numbers.stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
    return new ScreenBox(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
  }

  private static List<String> lines(Object text) {
    if (text == null || String.valueOf(text).isBlank()) {
      return List.of();
    }
    return String.valueOf(text)
        .lines()
        .map(AccessibleText::normalise)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
