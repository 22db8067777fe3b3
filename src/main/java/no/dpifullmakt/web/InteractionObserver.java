package no.dpifullmakt.web;

import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * Watches the robot's hands: assisted mode outlines and explains, reports take screenshots, the UI
 * fingerprint records what the page offered.
 */
public interface InteractionObserver {

  /** The robot found what it looked for: a page's heading, a field, a button it will press. */
  default void found(Target target, AccessibleElement element) {}

  /**
   * The whole page as the robot was about to act on it, seen in the same look as the element.
   *
   * @param address the page's address
   */
  default void pageBeforeAction(String address, List<SeenElement> page) {}

  default void beforeInteraction(Interaction interaction, WebElement element) {}

  default void afterInteraction(Interaction interaction, WebElement element) {}
}
