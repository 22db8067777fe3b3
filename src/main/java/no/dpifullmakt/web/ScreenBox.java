package no.dpifullmakt.web;

/**
 * Where an element lay on the screen when the robot looked just before it acted, in CSS pixels,
 * with the viewport's size and how many device pixels make one CSS pixel: for the screenshot's
 * outline, without asking the browser again.
 */
public record ScreenBox(
    double left,
    double top,
    double width,
    double height,
    double viewportWidth,
    double viewportHeight,
    double scale) {

  /** Wholly inside the viewport, so a click would not scroll to it. */
  public boolean inView() {
    return (width > 0 || height > 0)
        && left >= 0
        && top >= 0
        && left + width <= viewportWidth
        && top + height <= viewportHeight;
  }
}
