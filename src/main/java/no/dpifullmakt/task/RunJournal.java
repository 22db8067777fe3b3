package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.dpifullmakt.domain.ScreenLanguage;

/**
 * What the robot found and did during one run, supplier by supplier, for the summary at the end.
 * One run at a time per JVM; the entry point clears it before a run.
 */
public final class RunJournal {

  private static final List<Outcome> OUTCOMES = new CopyOnWriteArrayList<>();

  /** Every change made, as a sentence, in the order made. */
  private static final List<String> CHANGES = new CopyOnWriteArrayList<>();

  private static volatile String changing;

  /** The language Altinn 3 showed its screens in, once read; null when none was read. */
  private static volatile ScreenLanguage screenLanguage;

  private RunJournal() {}

  public static void record(Outcome outcome) {
    OUTCOMES.add(outcome);
    if (outcome.kind().changed()) {
      CHANGES.add(outcome.describe());
    }
    changing = null;
  }

  /** The robot is about to make a change; until its outcome is recorded, it may or may not be. */
  public static void beginChange(String norwegianDescription) {
    changing = norwegianDescription;
  }

  /** A change that is not a right of its own, such as adding a supplier, was made. */
  public static void changeMade(String norwegianDescription) {
    CHANGES.add(norwegianDescription);
    changing = null;
  }

  /**
   * For the person: every change the run made in Altinn, in the order made, and the one it was in
   * the middle of if it stopped there.
   */
  public static String changeSummary() {
    List<String> changed = new ArrayList<>(CHANGES);
    String inProgress = changing;
    String uncertain =
        inProgress == null
            ? ""
            : (changed.isEmpty() ? "" : " ")
                + "Roboten var i ferd med å "
                + inProgress
                + " da den stoppet: kjør «kontroller» for å se om endringen ble lagret.";
    if (changed.isEmpty()) {
      return inProgress == null ? "Ingenting ble endret i Altinn." : uncertain.strip();
    }
    return "Altinn ble endret: " + String.join("; ", changed) + "." + uncertain;
  }

  /** The robot read the language Altinn 3 shows its screens in. */
  public static void screenLanguage(ScreenLanguage language) {
    screenLanguage = language;
  }

  /** The language the screens were in, when the robot read it. */
  public static Optional<ScreenLanguage> screenLanguage() {
    return Optional.ofNullable(screenLanguage);
  }

  public static List<Outcome> outcomes() {
    return new ArrayList<>(OUTCOMES);
  }

  public static void clear() {
    OUTCOMES.clear();
    CHANGES.clear();
    changing = null;
    screenLanguage = null;
  }
}
