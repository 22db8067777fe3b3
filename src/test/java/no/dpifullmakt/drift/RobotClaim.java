package no.dpifullmakt.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the robot said at the end of a run: its exit code, its outcome per supplier ("Gitt nå",
 * "Mangler", …) and the changes it says it made in Altinn, read from its summary.
 *
 * @param outcomes the headings of the summary's outcome lines for the supplier, such as «Gitt nå»
 * @param changes the changes after «Altinn ble endret:»
 * @param unfinished the change the robot was in the middle of when it stopped, or null
 */
record RobotClaim(
    int exit, List<String> outcomes, List<String> changes, String unfinished, boolean nothing) {

  private static final Pattern OUTCOME =
      Pattern.compile(
          "^\\s+(Gitt nå|Allerede på plass|På plass|Mangler|Fjernet nå|Var ikke gitt): .*",
          Pattern.MULTILINE);
  private static final Pattern CHANGED =
      Pattern.compile("Altinn ble endret: (.*?)\\.(?: Roboten var i ferd|$)", Pattern.MULTILINE);
  private static final Pattern UNFINISHED =
      Pattern.compile("Roboten var i ferd med å (.*) da den stoppet", Pattern.MULTILINE);

  static RobotClaim of(int exit, String output) {
    List<String> outcomes = new ArrayList<>();
    Matcher outcome = OUTCOME.matcher(output);
    while (outcome.find()) {
      outcomes.add(outcome.group(1));
    }
    List<String> changes = new ArrayList<>();
    Matcher changed = CHANGED.matcher(output);
    if (changed.find()) {
      changes.addAll(List.of(changed.group(1).split("; ")));
    }
    Matcher unfinished = UNFINISHED.matcher(output);
    return new RobotClaim(
        exit,
        outcomes,
        changes,
        unfinished.find() ? unfinished.group(1) : null,
        output.contains("Ingenting ble endret i Altinn."));
  }

  boolean says(String outcome) {
    return outcomes.contains(outcome);
  }

  /** Whether a claimed change ends with this: «… lagt til som leverandør», «… gitt». */
  boolean claimsChange(String ending) {
    return changes.stream().anyMatch(c -> c.endsWith(ending));
  }

  boolean unfinishedChange(String containing) {
    return unfinished != null && unfinished.contains(containing);
  }
}
