package no.dpifullmakt.web;

import java.util.List;

/**
 * What the robot may do by itself while it waits: press a portal's own "try again" button after a
 * failed read (a few times at most), and notice that the portal has logged it out. Never while a
 * change is under way: then nothing is repeated until the state has been read again.
 */
public final class Recovery {

  static final int MAX_READ_RETRIES = 3;

  private final List<Target> retryButtons;
  private final List<Target> loggedOutMarkers;
  private volatile boolean suspended;

  public Recovery(List<Target> retryButtons, List<Target> loggedOutMarkers) {
    this.retryButtons = List.copyOf(retryButtons);
    this.loggedOutMarkers = List.copyOf(loggedOutMarkers);
  }

  public static Recovery none() {
    return new Recovery(List.of(), List.of());
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
