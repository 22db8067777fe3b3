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

  /** One sentence for the person: what, if anything, the run changed in Altinn. */
  public static String changeSummary() {
    String inProgress = changing;
    if (inProgress != null) {
      return "Roboten var i ferd med å "
          + inProgress
          + " da den stoppet: kjør «kontroller» for å se om endringen ble lagret.";
    }
    List<Outcome> changed = OUTCOMES.stream().filter(o -> o.kind().changed()).toList();
    if (changed.isEmpty()) {
      return "Ingenting ble endret i Altinn.";
    }
    return "Altinn ble endret: "
        + String.join("; ", changed.stream().map(Outcome::describe).toList())
        + ".";
  }

  public static List<Outcome> outcomes() {
    return new ArrayList<>(OUTCOMES);
  }

  public static void clear() {
    OUTCOMES.clear();
    changing = null;
  }
}
