package no.dpifullmakt.web;

import java.util.List;

/**
 * What the robot may do by itself while it waits: press a portal's own "try again" button after a
 * failed read (a few times at most), notice that the portal has logged it out, and notice that the
 * page is an error instead of the portal's page (an HTTP 5xx page, the browser's error page, or one
 * of the portal's messages for a failed read). Never while a change is under way: then nothing is
 * repeated until the state has been read again.
 */
public final class Recovery {

  static final int MAX_READ_RETRIES = 3;

  private final List<Target> retryButtons;
  private final List<Target> loggedOutMarkers;
  private final List<String> errorTexts;
  private volatile boolean suspended;

  public Recovery(List<Target> retryButtons, List<Target> loggedOutMarkers) {
    this(retryButtons, loggedOutMarkers, List.of());
  }

  /**
   * @param errorTexts the portal's own words for a failed read or change, such as «Kunne ikke laste
   *     fullmakter.»
   */
  public Recovery(
      List<Target> retryButtons, List<Target> loggedOutMarkers, List<String> errorTexts) {
    this.retryButtons = List.copyOf(retryButtons);
    this.loggedOutMarkers = List.copyOf(loggedOutMarkers);
    this.errorTexts = List.copyOf(errorTexts);
  }

  /** No buttons or messages to know; error pages are still noticed. */
  public static Recovery none() {
    return new Recovery(List.of(), List.of());
  }

  List<String> errorTexts() {
    return errorTexts;
  }

  /** Whether a change is under way: an error then means the change's answer was lost. */
  boolean changing() {
    return suspended;
  }

  List<Target> retryButtons() {
    return suspended ? List.of() : retryButtons;
  }

  List<Target> loggedOutMarkers() {
    return loggedOutMarkers;
  }

  /** Runs a change with no automatic retries: a change is never repeated blindly. */
  public void duringChange(Runnable change) {
    suspended = true;
    try {
      change.run();
    } finally {
      suspended = false;
    }
  }
}
