package no.dpifullmakt.report.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.domain.ScreenLanguage;

/**
 * The illustrated guide: the letter's procedure as the robot just carried it out, step by step,
 * with a picture of each screen.
 *
 * @param title the feature's name
 * @param environment where it was made, such as «Øvingsportalen (innebygd, ikke Altinn)»
 * @param practicePortal true when the pictures come from the practice portal's made-up data
 * @param generation «Altinn 3»
 * @param screenLanguage the language Altinn showed its screens in, when the robot read it
 * @param sections one per scenario (one per supplier)
 */
public record Guide(
    String title,
    String environment,
    boolean practicePortal,
    String generation,
    Optional<ScreenLanguage> screenLanguage,
    LocalDate date,
    List<Section> sections) {

  public static final String PRACTICE_NOTICE =
      "Laget i øvingsportalen – skjermbildene er fra en kopi av Altinn med oppdiktede data.";

  /**
   * One scenario: what must be in place first, the numbered steps, and what was checked.
   *
   * @param heading the scenario's name, such as «Gi Visma Software International AS fullmakt …»
   * @param supplierName the supplier's name as Altinn showed it, or empty
   * @param supplierNumber the supplier's organisation number, grouped («980 858 073»), or empty
   */
  public record Section(
      String heading,
      String supplierName,
      String supplierNumber,
      List<String> preparations,
      List<Step> steps,
      List<String> checks) {}

  /**
   * One numbered step.
   *
   * @param sentence the letter's words: «Klikk på «Profil» i toppmenyen.»
   * @param picture the JPEG, or null when the step has none
   * @param pictureFile the picture's file name beside the guide, or null
   * @param notes what the robot said about the step, such as that it skipped it
   */
  public record Step(
      int number,
      String sentence,
      byte[] picture,
      String pictureFile,
      String pictureCaption,
      List<String> notes) {

    public boolean hasPicture() {
      return picture != null;
    }
  }
}
