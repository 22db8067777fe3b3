package no.dpifullmakt.web;

/**
 * What was on a page: a role and a name, with no link to the live browser.
 *
 * @param blocked true when an open modal dialog lies over it, so a person cannot reach it
 */
public record SeenElement(String role, String name, int level, boolean disabled, boolean blocked) {

  public SeenElement(String role, String name, int level, boolean disabled) {
    this(role, name, level, disabled, false);
  }

  /** «knappen «Neste»» where the role is one the robot knows, else the ARIA role. */
  public String describe() {
    String noun = Role.fromAria(role).map(Role::norwegian).orElse(role);
    String levelText = level > 0 ? " (nivå " + level + ")" : "";
    String state = disabled ? " (deaktivert)" : "";
    return noun + " «" + name + "»" + levelText + state;
  }

  /** Whether a person can act on an element of this role (click it, type in it). */
  public boolean interactive() {
    return Role.fromAria(role).map(Role::interactive).orElse(false);
  }
}
