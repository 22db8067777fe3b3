package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.web.PortalHiccupException;
import no.dpifullmakt.web.PortalUnavailableException;
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
  private static final int MAX_HICCUPS = 5;

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
    patientWithErrorPages(() -> session.logIn(generation(), landed()));
    startOver();
  }

  /** Logs in as one made-up person of the practice portal, acting for this organisation. */
  public void logInAsPracticePerson(Secret pid, OrganisationNumber actor) {
    patientWithErrorPages(() -> session.logInAsPracticePerson(generation(), pid, actor, landed()));
    startOver();
  }

  /**
   * Runs a read (such as the login) again when Altinn answers with an error page instead, a few
   * times at most; then Altinn is counted as not answering (exit 3).
   */
  private void patientWithErrorPages(Runnable read) {
    for (int hiccups = 0; ; hiccups++) {
      try {
        read.run();
        return;
      } catch (PortalHiccupException hiccup) {
        giveUpAfterTooMany(hiccups + 1, hiccup);
        session.notes().add(hiccup.getMessage() + " Roboten prøver på nytt.");
      }
    }
  }

  private static void giveUpAfterTooMany(int hiccups, PortalHiccupException last) {
    if (hiccups > MAX_HICCUPS) {
      last.ifItPersists()
          .ifPresent(
              conclusion -> {
                throw conclusion;
              });
      throw new PortalUnavailableException(
          "Altinn svarte med feil "
              + hiccups
              + " ganger på rad, sist "
              + last.shown()
              + ". Prøv igjen senere.",
          last);
    }
  }

  protected void step(Runnable action) {
    int newLogins = 0;
    int hiccups = 0;
    Runnable catchUp = null;
    while (true) {
      try {
        if (catchUp != null) {
          catchUp.run();
        }
        action.run();
        break;
      } catch (SessionExpiredException expired) {
        if (replaying || ++newLogins > MAX_NEW_LOGINS) {
          throw expired;
        }
        catchUp = this::logInAgainAndCatchUp;
      } catch (PortalHiccupException hiccup) {
        if (replaying) {
          throw hiccup;
        }
        giveUpAfterTooMany(++hiccups, hiccup);
        catchUp = () -> reloadAndCatchUp(hiccup);
      }
    }
    if (!replaying) {
      done.add(action);
    }
  }

  /**
   * After an error page: the start page again in the same session, and the steps done so far walked
   * again. They read the state before they change anything, so nothing is done twice.
   */
  private void reloadAndCatchUp(PortalHiccupException hiccup) {
    session
        .notes()
        .add(
            hiccup.getMessage()
                + " Roboten laster Altinn på nytt, går gjennom stegene den har gjort og leser"
                + " hva som er på plass, før den fortsetter.");
    session.reopen(generation(), landed());
    startOver();
    walkAgain();
  }

  private void walkAgain() {
    replaying = true;
    try {
      done.forEach(Runnable::run);
    } finally {
      replaying = false;
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
    walkAgain();
  }

  /**
   * A check that reads the state afresh from the menu. If Altinn has logged the robot out, it logs
   * in again and reads once more: a read never changes anything, so nothing needs walking again.
   */
  protected <T> T readAfresh(java.util.function.Supplier<T> read) {
    for (int hiccups = 0; ; hiccups++) {
      try {
        return read.get();
      } catch (SessionExpiredException expired) {
        session.notes().add("Altinn logget roboten ut før kontrollen. Den logger inn på nytt.");
        session.logIn(generation(), landed());
        startOver();
        return read.get();
      } catch (PortalHiccupException hiccup) {
        giveUpAfterTooMany(hiccups + 1, hiccup);
        session.notes().add(hiccup.getMessage() + " Roboten leser på nytt.");
        session.reopen(generation(), landed());
        startOver();
      }
    }
  }

  /** True while the robot walks the steps again after a new login. */
  protected boolean replaying() {
    return replaying;
  }
}
