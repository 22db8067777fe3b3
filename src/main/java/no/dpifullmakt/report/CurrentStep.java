package no.dpifullmakt.report;

/**
 * The step each thread is running now, as the person reads it ("Steg 5 av 12", "Legg inn ..."), for
 * the assisted-mode overlay and for messages about how far the robot got.
 */
public final class CurrentStep {

  /** A step's label and its words in the letter's style. */
  public record Step(String label, String text) {
    public String describe() {
      return label + ": " + text;
    }
  }

  private static final ThreadLocal<Step> CURRENT = new ThreadLocal<>();
  private static volatile Step lastAnywhere;

  private CurrentStep() {}

  static void set(Step step) {
    CURRENT.set(step);
    lastAnywhere = step;
  }

  /** This thread's step, or null outside a scenario. */
  public static Step now() {
    return CURRENT.get();
  }

  /** The last step any thread began: where the robot was when the person stopped it. */
  public static Step lastStarted() {
    return lastAnywhere;
  }
}
