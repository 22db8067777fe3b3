package no.dpifullmakt.web;

/**
 * What the robot looks for on a page: a role and an accessible name, the way a person (or a screen
 * reader) finds a thing. Page objects declare their targets once, at the top.
 */
public record Target(Role role, NameMatcher name, int level, String line, Role alternative) {

  public Target(Role role, NameMatcher name, int level) {
    this(role, name, level, null, null);
  }

  public Target(Role role, NameMatcher name, int level, String line) {
    this(role, name, level, line, null);
  }

  /**
   * A control that Altinn has shown with one role in one version and another in the next, such as a
   * "Ferdig" that is a button here and a link there: the robot accepts either, by the same name.
   */
  public static Target buttonOrLink(String name) {
    return new Target(Role.BUTTON, NameMatcher.exact(name), 0, null, Role.LINK);
  }

  /**
   * A list item that shows this exact line of text, such as the box of one service among many: list
   * items have no accessible name, so a person tells them apart by what they read in them.
   */
  public static Target listItemShowing(String line) {
    return new Target(Role.LISTITEM, NameMatcher.any(), 0, AccessibleText.normalise(line));
  }

  public static Target button(String name) {
    return new Target(Role.BUTTON, NameMatcher.exact(name), 0);
  }

  public static Target link(String name) {
    return new Target(Role.LINK, NameMatcher.exact(name), 0);
  }

  public static Target textbox(String name) {
    return new Target(Role.TEXTBOX, NameMatcher.exact(name), 0);
  }

  public static Target searchbox(String name) {
    return new Target(Role.SEARCHBOX, NameMatcher.exact(name), 0);
  }

  public static Target tab(String name) {
    return new Target(Role.TAB, NameMatcher.exact(name), 0);
  }

  public static Target dialog(String name) {
    return new Target(Role.DIALOG, NameMatcher.exact(name), 0);
  }

  public static Target heading(int level, String name) {
    return new Target(Role.HEADING, NameMatcher.exact(name), level);
  }

  public static Target of(Role role, NameMatcher name) {
    return new Target(role, name, 0);
  }

  public Target withLevel(int headingLevel) {
    return new Target(role, name, headingLevel, line, alternative);
  }

  /** The ARIA roles that can match: one, or two for {@link #buttonOrLink}. */
  public java.util.List<String> arias() {
    return alternative == null
        ? java.util.List.of(role.aria())
        : java.util.List.of(role.aria(), alternative.aria());
  }

  public boolean matches(AccessibleElement element) {
    return arias().contains(element.role())
        && (level == 0 || element.level() == level)
        && name.matches(element.name())
        && (line == null || element.lines().contains(line));
  }

  /** «knappen «Neste»», for messages. */
  public String describe() {
    String levelText = level > 0 ? " (nivå " + level + ")" : "";
    if (line != null) {
      return role.norwegian() + " med teksten «" + line + "»";
    }
    String roles =
        alternative == null
            ? role.norwegian()
            : role.norwegian() + " eller " + alternative.norwegian();
    return roles + " " + name.describe() + levelText;
  }

  @Override
  public String toString() {
    return describe();
  }
}
