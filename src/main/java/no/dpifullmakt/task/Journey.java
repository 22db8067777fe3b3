package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.web.SessionExpiredException;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/**
 * What both generations' procedures share: each step runs through {@link #step}, which remembers
 * it. If Altinn logs the robot out in the middle, the robot logs in again and walks the steps it
 * has done once more. Every step reads the state before it changes anything, so walking them again
 * never gives a right twice.
 */
abstract class Journey {

  protected final RobotSession session;
  protected final Ui ui;
  private static final int MAX_NEW_LOGINS = 3;

  private final List<Runnable> done = new ArrayList<>();
  private boolean replaying;

  Journey(RobotSession session) {
    this.session = session;
    this.ui = session.ui();
  }

  abstract Generation generation();

  /** What the page shows once the person is logged in. */
  abstract Target landed();

  /** Forget the pages the robot held; a fresh login starts from the landing page. */
  abstract void startOver();

  public void logIn() {
    session.logIn(generation(), landed());
    startOver();
  }

  protected void step(Runnable action) {
    int newLogins = 0;
    boolean catchUp = false;
    while (true) {
      try {
        if (catchUp) {
          logInAgainAndCatchUp();
        }
        action.run();
        break;
      } catch (SessionExpiredException expired) {
        if (replaying || ++newLogins > MAX_NEW_LOGINS) {
          throw expired;
        }
        catchUp = true;
      }
    }
    if (!replaying) {
      done.add(action);
    }
  }

  private void logInAgainAndCatchUp() {
    session
        .notes()
        .add(
            "Altinn logget roboten ut underveis. Den logger inn på nytt og går gjennom stegene"
                + " den har gjort, og leser hva som allerede er på plass, før den fortsetter.");
    session.logIn(generation(), landed());
    startOver();
    // Walking the steps again runs them as they are; a logout on the way is the caller's to count.
    replaying = true;
    try {
      done.forEach(Runnable::run);
    } finally {
      replaying = false;
    }
  }

  /**
   * A check that reads the state afresh from the menu. If Altinn has logged the robot out, it logs
   * in again and reads once more: a read never changes anything, so nothing needs walking again.
   */
  protected <T> T readAfresh(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (SessionExpiredException expired) {
      session.notes().add("Altinn logget roboten ut før kontrollen. Den logger inn på nytt.");
      session.logIn(generation(), landed());
      startOver();
      return read.get();
    }
  }

  /** True while the robot walks the steps again after a new login. */
  protected boolean replaying() {
    return replaying;
  }
}
