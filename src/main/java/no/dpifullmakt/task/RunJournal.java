package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the robot found and did during one run, supplier by supplier, for the summary at the end.
 * One run at a time per JVM; the entry point clears it before a run.
 */
public final class RunJournal {

  private static final List<Outcome> OUTCOMES = new CopyOnWriteArrayList<>();
  private static final List<String> OTHER_CHANGES = new CopyOnWriteArrayList<>();
  private static volatile String changing;

  private RunJournal() {}

  public static void record(Outcome outcome) {
    OUTCOMES.add(outcome);
    changing = null;
  }

  /** The robot is about to make a change; until its outcome is recorded, it may or may not be. */
  public static void beginChange(String norwegianDescription) {
    changing = norwegianDescription;
  }

  /** A change that is not a right of its own, such as adding a supplier, was made. */
  public static void changeMade(String norwegianDescription) {
    OTHER_CHANGES.add(norwegianDescription);
    changing = null;
  }

  /** One sentence for the person: what, if anything, the run changed in Altinn. */
  public static String changeSummary() {
    String inProgress = changing;
    if (inProgress != null) {
      return "Roboten var i ferd med å "
          + inProgress
          + " da den stoppet: kjør «kontroller» for å se om endringen ble lagret.";
    }
    List<String> changed = new ArrayList<>(OTHER_CHANGES);
    OUTCOMES.stream().filter(o -> o.kind().changed()).map(Outcome::describe).forEach(changed::add);
    if (changed.isEmpty()) {
      return "Ingenting ble endret i Altinn.";
    }
    return "Altinn ble endret: " + String.join("; ", changed) + ".";
  }

  public static List<Outcome> outcomes() {
    return new ArrayList<>(OUTCOMES);
  }

  public static void clear() {
    OUTCOMES.clear();
    OTHER_CHANGES.clear();
    changing = null;
  }
}
