package no.dpifullmakt.web;

import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * An element as assistive technology perceives it.
 *
 * @param name the normalised accessible name
 * @param blocked true when an open modal dialog lies over it, so a person cannot reach it
 * @param controls the id of the part a toggle opens and closes (aria-controls), or empty
 * @param item the index, in the same look, of the list item or table row it lies in, or -1
 * @param lines the visible lines of text of a list item or table row, normalised; else empty
 * @param place the landmark or dialog around it, as "role\u0000name"; empty when not asked for
 * @param address the address of the page it was seen on
 * @param box where it lay on the screen, in the look just before the robot acted; else null
 */
public record AccessibleElement(
    WebElement element,
    String role,
    String name,
    int level,
    boolean disabled,
    boolean blocked,
    String expanded,
    String controls,
    String selected,
    boolean checked,
    String id,
    int item,
    List<String> lines,
    String place,
    String address,
    ScreenBox box) {

  /** Without the live element, for diagnoses and fingerprints. */
  public SeenElement seen() {
    return new SeenElement(role, name, level, disabled, blocked, place);
  }
}
