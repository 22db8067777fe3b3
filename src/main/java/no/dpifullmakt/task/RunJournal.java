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

  private RunJournal() {}

  public static void record(Outcome outcome) {
    OUTCOMES.add(outcome);
  }

  public static List<Outcome> outcomes() {
    return new ArrayList<>(OUTCOMES);
  }

  public static void clear() {
    OUTCOMES.clear();
  }
}
