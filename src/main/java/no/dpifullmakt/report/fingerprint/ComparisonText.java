package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The comparison in Norwegian, for the terminal and a CI job's log. */
public final class ComparisonText {

  private ComparisonText() {}

  /**
   * @param run where the run's fingerprint came from, for the heading
   * @param baseline where the baseline came from
   */
  public static String render(
      FingerprintComparison.Result result, String run, Fingerprint runPrint, String baseline) {
    List<String> lines = new ArrayList<>();
    lines.add("Sammenligner fingeravtrykket fra " + run);
    lines.add(
        "  ("
            + runPrint.generation()
            + ", "
            + runPrint.source()
            + (runPrint.complete()
                ? ", kjøringen ble fullført)"
                : ", kjøringen stoppet underveis)"));
    lines.add("med grunnlinjen " + baseline + ".");
    Set<String> featuresRun =
        result.steps().stream()
            .filter(FingerprintComparison.StepChanges::inRun)
            .map(FingerprintComparison.StepChanges::feature)
            .collect(Collectors.toSet());
    int notRun = 0;
    String feature = null;
    for (FingerprintComparison.StepChanges step : result.steps()) {
      if (!step.inRun()) {
        notRun += featuresRun.contains(step.feature()) ? 1 : 0;
        continue;
      }
      if (!step.hasChanges() && step.pagesNotVisited().isEmpty()) {
        continue;
      }
      if (!step.feature().equals(feature)) {
        feature = step.feature();
        lines.add("");
        lines.add("Egenskap: " + feature);
      }
      lines.add("");
      lines.add((step.inBaseline() ? "Steg: " : "Nytt steg (ikke i grunnlinjen): ") + step.step());
      for (FingerprintComparison.PageChanges page : step.pages()) {
        if (page.changes().isEmpty()) {
          continue;
        }
        lines.add("  Side " + page.page());
        page.changes().forEach(change -> lines.add("    " + change.describe()));
      }
      step.pagesNotVisited()
          .forEach(page -> lines.add("  Siden " + page + " ble ikke besøkt i dette steget nå."));
    }
    lines.add("");
    List<Change> changes = result.changes();
    long reliedOn =
        changes.stream().filter(c -> c.reliedOn() && c.kind() != Change.Kind.ADDED).count();
    if (notRun > 0) {
      lines.add(
          notRun + " steg i grunnlinjen var ikke med i denne kjøringen og ble ikke sammenlignet.");
    }
    if (changes.isEmpty()) {
      lines.add("Ingen endringer: skjermbildene er slik roboten kjenner dem.");
    } else if (reliedOn == 0) {
      lines.add(
          changes.size()
              + " endring(er), men ingen i noe roboten bruker. Roboten virker som før; se gjerne over"
              + " om noe bør tas inn i feature-filene.");
    } else {
      lines.add(
          changes.size()
              + " endring(er), og "
              + reliedOn
              + " gjelder noe roboten bruker (merket «roboten bruker den»). Roboten kan ikke stole"
              + " på skjermbildene lenger: se over, og på diagnosen hvis kjøringen stoppet.");
    }
    return String.join("\n", lines) + "\n";
  }
}
