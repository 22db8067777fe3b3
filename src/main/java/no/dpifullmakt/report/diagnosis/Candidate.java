package no.dpifullmakt.report.diagnosis;

import java.util.Locale;
import no.dpifullmakt.web.SeenElement;

/**
 * Something on the page that may be what the robot looked for, and why it may be.
 *
 * @param elsewhere true when it is outside the part of the page where the robot looked
 * @param isNew true when the baseline never saw it on this page
 * @param score how likely it is the element the robot wanted, from 0 to 1; only for ranking
 * @param similarity how alike the names are (1 for the same name)
 */
public record Candidate(
    SeenElement element,
    Kind kind,
    boolean elsewhere,
    boolean isNew,
    double score,
    double similarity) {

  /** How a candidate relates to what the robot looked for. */
  public enum Kind {
    SAME_BUT_DISABLED("den er der, men er deaktivert"),
    SAME_BUT_BLOCKED("den er der, men en dialog ligger over den"),
    SAME_BUT_OTHER_LEVEL("samme rolle og navn, men et annet overskriftsnivå"),
    ONE_OF_SEVERAL("én av flere med samme rolle og navn"),
    SAME_NAME_ELSEWHERE("samme rolle og navn, men et annet sted på siden"),
    NEW_DIALOG("en ny dialog ligger over siden"),
    SAME_NAME_OTHER_ROLE("samme navn, men en annen rolle"),
    SIMILAR_NAME("samme rolle, lignende navn"),
    NEW_SAME_ROLE("samme rolle, ny på siden"),
    NEW_ELEMENT("ny på siden");

    private final String norwegian;

    Kind(String norwegian) {
      this.norwegian = norwegian;
    }

    public String norwegian() {
      return norwegian;
    }
  }

  /** «knappen «Ny leverandør» – samme rolle, lignende navn (likhet 49 %), ny på siden». */
  public String explain() {
    String place = element.describePlace();
    String where = "";
    if (kind == Kind.SAME_NAME_ELSEWHERE) {
      where = place.isEmpty() ? "" : " (" + place + ")";
    } else if (elsewhere && kind != Kind.NEW_DIALOG) {
      where = ", et annet sted på siden" + (place.isEmpty() ? "" : " (" + place + ")");
    }
    String likeness =
        kind == Kind.SIMILAR_NAME
            ? String.format(Locale.ROOT, " (likhet %d %%)", Math.round(similarity * 100))
            : "";
    boolean saysNew =
        kind == Kind.NEW_DIALOG || kind == Kind.NEW_SAME_ROLE || kind == Kind.NEW_ELEMENT;
    String fresh = isNew && !saysNew ? ", ny på siden" : "";
    String covered =
        element.blocked() && kind != Kind.SAME_BUT_BLOCKED ? ", bak en annen dialog" : "";
    return element.describe() + " – " + kind.norwegian() + likeness + fresh + where + covered;
  }
}
