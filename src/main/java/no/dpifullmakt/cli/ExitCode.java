package no.dpifullmakt.cli;

/** The robot's exit codes, documented in the README. */
public enum ExitCode {
  /** Done, or verified. */
  OK(0),
  /** The right is missing (kontroller), or a step failed. */
  FAILED(1),
  /** Bad input or configuration; nothing was started. */
  BAD_INPUT(2),
  /** Altinn (or the practice portal) could not be reached, or answered with an error. */
  UNREACHABLE(3),
  /** Altinn's screens have changed: an element the robot relies on is missing. */
  SCREEN_CHANGED(4),
  /** The person stopped the robot. */
  STOPPED(5),
  /** The person who logged in may not do this for the organisation (wrong actor, no access). */
  NO_ACCESS(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Which of two outcomes the summary should report: the one that needs attention first. */
  public static ExitCode worst(ExitCode a, ExitCode b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(ExitCode code) {
    return switch (code) {
      case OK -> 0;
      case FAILED -> 1;
      case NO_ACCESS -> 2;
      case BAD_INPUT -> 3;
      case SCREEN_CHANGED -> 4;
      case UNREACHABLE -> 5;
      case STOPPED -> 6;
    };
  }
}
