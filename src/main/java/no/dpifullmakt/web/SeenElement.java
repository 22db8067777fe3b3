package no.dpifullmakt.web;

/**
 * What was on a page: a role and a name, with no link to the live browser.
 *
 * @param blocked true when an open modal dialog lies over it, so a person cannot reach it
 * @param place the landmark or dialog around it, as "role\u0000name" (such as the navigation
 *     "hovednavigasjon"); empty when unknown
 */
public record SeenElement(
    String role, String name, int level, boolean disabled, boolean blocked, String place) {

  public SeenElement(String role, String name, int level, boolean disabled) {
    this(role, name, level, disabled, false, "");
  }

  public SeenElement(String role, String name, int level, boolean disabled, boolean blocked) {
    this(role, name, level, disabled, blocked, "");
  }

  /** «knappen «Neste»» where the role is one the robot knows, else the ARIA role. */
  public String describe() {
    String noun = Role.fromAria(role).map(Role::norwegian).orElse(role);
    String levelText = level > 0 ? " (nivå " + level + ")" : "";
    String state = disabled ? " (deaktivert)" : "";
    if (name.isEmpty()) {
      return noun + " uten navn" + levelText + state;
    }
    return noun + " «" + name + "»" + levelText + state;
  }

  /** «i navigasjonen «hovednavigasjon»», «i hovedinnholdet»; empty when unknown. */
  public String describePlace() {
    if (place == null || place.isEmpty()) {
      return "";
    }
    int split = place.indexOf('\u0000');
    String placeRole = split < 0 ? place : place.substring(0, split);
    String placeName = split < 0 ? "" : place.substring(split + 1).strip();
    String noun =
        switch (placeRole) {
          case "main" -> "hovedinnholdet";
          case "banner" -> "toppfeltet";
          case "contentinfo" -> "bunnfeltet";
          case "complementary" -> "sidefeltet";
          case "form" -> "skjemaet";
          case "search" -> "søket";
          default -> Role.fromAria(placeRole).map(Role::norwegian).orElse(placeRole);
        };
    return "i " + noun + (placeName.isEmpty() ? "" : " «" + placeName + "»");
  }

  /** Whether a person can act on an element of this role (click it, type in it). */
  public boolean interactive() {
    return Role.fromAria(role).map(Role::interactive).orElse(false);
  }
}
