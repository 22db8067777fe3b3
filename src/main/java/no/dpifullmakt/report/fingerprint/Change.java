package no.dpifullmakt.report.fingerprint;

import no.dpifullmakt.web.Role;

/**
 * One difference on a page between a baseline and a run.
 *
 * @param before the name in the baseline; null when added or found
 * @param after the name in the run; null when removed
 * @param reliedOn true when the robot relies on the element (looked for it or acted on it)
 * @param lookedFor what the robot looked for, in its own words, when the change is the answer of
 *     its look: removed, it looked and found nothing; found, it had looked in vain in the baseline.
 *     Null for changes seen by comparing the pages alone
 */
public record Change(
    Kind kind, String role, String before, String after, boolean reliedOn, String lookedFor) {

  public enum Kind {
    ADDED("LAGT TIL"),
    REMOVED("FJERNET"),
    RENAMED("OMDØPT"),
    /** The robot found what it looked for in vain in the baseline. */
    FOUND("FUNNET");

    private final String norwegian;

    Kind(String norwegian) {
      this.norwegian = norwegian;
    }

    public String norwegian() {
      return norwegian;
    }
  }

  public Change(Kind kind, String role, String before, String after, boolean reliedOn) {
    this(kind, role, before, after, reliedOn, null);
  }

  /** Whether the robot can no longer trust the screens: what it relies on is gone or renamed. */
  public boolean breaksRobot() {
    return reliedOn && (kind == Kind.REMOVED || kind == Kind.RENAMED);
  }

  /** «OMDØPT knappen «Legg til leverandør» → «Legg til ny leverandør» (roboten bruker den)». */
  public String describe() {
    String noun = Role.fromAria(role).map(Role::norwegian).orElse(role);
    String what =
        switch (kind) {
          case ADDED, FOUND -> noun + " «" + after + "»";
          case REMOVED -> noun + " «" + before + "»";
          case RENAMED -> noun + " «" + before + "» → «" + after + "»";
        };
    return String.format("%-9s %s%s", kind.norwegian(), what, note());
  }

  private String note() {
    if (lookedFor != null && kind == Kind.REMOVED) {
      return "  (roboten lette etter " + lookedFor + ", men fant den ikke; roboten bruker den)";
    }
    if (lookedFor != null && kind == Kind.FOUND) {
      return "  (i grunnlinjen lette roboten etter " + lookedFor + " uten å finne den)";
    }
    return reliedOn ? "  (roboten bruker den)" : "";
  }
}
