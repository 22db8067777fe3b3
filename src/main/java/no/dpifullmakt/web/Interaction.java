package no.dpifullmakt.web;

/**
 * One thing the robot does to a page element.
 *
 * @param shownValue what was typed, as it may be shown ("***" for secrets); null for clicks
 */
public record Interaction(Kind kind, Target target, String shownValue) {

  public enum Kind {
    CLICK,
    TYPE,
    PRESS_ENTER
  }
}
