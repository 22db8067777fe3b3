package no.dpifullmakt.web;

import org.openqa.selenium.WebElement;

/**
 * Watches the robot's hands: assisted mode outlines and explains, reports take screenshots, the UI
 * fingerprint records what the page offered.
 */
public interface InteractionObserver {

  /** The robot found what it looked for: a page's heading, a field, a button it will press. */
  default void found(Target target, AccessibleElement element) {}

  default void beforeInteraction(Interaction interaction, WebElement element) {}

  default void afterInteraction(Interaction interaction, WebElement element) {}
}
