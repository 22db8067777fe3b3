package no.dpifullmakt.report.fingerprint;

import no.dpifullmakt.web.Role;

/**
 * One difference on a page between a baseline and a run.
 *
 * @param before the name in the baseline; null when added
 * @param after the name in the run; null when removed
 * @param reliedOn true when the robot relies on the element (looked for it or acted on it)
 */
public record Change(Kind kind, String role, String before, String after, boolean reliedOn) {

  public enum Kind {
    ADDED("LAGT TIL"),
    REMOVED("FJERNET"),
    RENAMED("OMDØPT");

    private final String norwegian;

    Kind(String norwegian) {
      this.norwegian = norwegian;
    }

    public String norwegian() {
      return norwegian;
    }
  }

  /** «OMDØPT knappen «Legg til leverandør» → «Legg til ny leverandør» (roboten bruker den)». */
  public String describe() {
    String noun = Role.fromAria(role).map(Role::norwegian).orElse(role);
    String what =
        switch (kind) {
          case ADDED -> noun + " «" + after + "»";
          case REMOVED -> noun + " «" + before + "»";
          case RENAMED -> noun + " «" + before + "» → «" + after + "»";
        };
    return String.format(
        "%-9s %s%s", kind.norwegian(), what, reliedOn ? "  (roboten bruker den)" : "");
  }
}
