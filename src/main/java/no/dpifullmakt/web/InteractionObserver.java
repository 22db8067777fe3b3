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
   * The robot looked once for something whose absence is also an answer ("is the supplier in the
   * list?"), and this is what matched: perhaps nothing.
   *
   * @param address the address of the page it looked at; empty when the part of the page it looked
   *     inside had gone
   */
  default void looked(Target target, String address, List<AccessibleElement> matches) {}

  /**
   * The whole page as the robot was about to act on it, seen in the same look as the element.
   *
   * @param address the page's address
   */
  default void pageBeforeAction(String address, List<SeenElement> page) {}

  default void beforeInteraction(Interaction interaction, WebElement element) {}

  default void afterInteraction(Interaction interaction, WebElement element) {}
}
