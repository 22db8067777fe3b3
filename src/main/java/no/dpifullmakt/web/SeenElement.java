package no.dpifullmakt.web;

/** What was on a page: a role and a name, with no link to the live browser. */
public record SeenElement(String role, String name, int level, boolean disabled) {

  /** «knappen «Neste»» where the role is one the robot knows, else the ARIA role. */
  public String describe() {
    String noun = Role.fromAria(role).map(Role::norwegian).orElse(role);
    String levelText = level > 0 ? " (nivå " + level + ")" : "";
    String state = disabled ? " (deaktivert)" : "";
    return noun + " «" + name + "»" + levelText + state;
  }
}
