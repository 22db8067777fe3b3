package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison in Norwegian, for the terminal and a CI job's log. A change that shows on a page
 * in several steps (a renamed footer link) is told once, at the first step.
 */
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
    Set<String> told = new HashSet<>();
    int notRun = 0;
    int reliedOn = 0;
    String feature = null;
    for (FingerprintComparison.StepChanges step : result.steps()) {
      if (!step.inRun()) {
        notRun += featuresRun.contains(step.feature()) ? 1 : 0;
        continue;
      }
      List<String> stepLines = new ArrayList<>();
      for (FingerprintComparison.PageChanges page : step.pages()) {
        List<String> pageLines = new ArrayList<>();
        for (Change change : page.changes()) {
          if (told.add(page.page() + "\u0000" + change.describe())) {
            pageLines.add("    " + change.describe());
            reliedOn += change.breaksRobot() ? 1 : 0;
          }
        }
        if (!pageLines.isEmpty()) {
          stepLines.add("  Side " + page.page());
          stepLines.addAll(pageLines);
        }
      }
      step.pagesNotVisited()
          .forEach(
              page -> stepLines.add("  Siden " + page + " ble ikke besøkt i dette steget nå."));
      if (stepLines.isEmpty()) {
        continue;
      }
      if (!step.feature().equals(feature)) {
        feature = step.feature();
        lines.add("");
        lines.add("Egenskap: " + feature);
      }
      lines.add("");
      lines.add((step.inBaseline() ? "Steg: " : "Nytt steg (ikke i grunnlinjen): ") + step.step());
      lines.addAll(stepLines);
    }
    lines.add("");
    if (notRun > 0) {
      lines.add(
          notRun + " steg i grunnlinjen ble ikke kjørt denne gangen, og ble ikke sammenlignet.");
    }
    int changes = told.size();
    if (changes == 0) {
      lines.add("Ingen endringer: skjermbildene er slik roboten kjenner dem.");
    } else if (reliedOn == 0) {
      lines.add(
          changes
              + " endring(er), men ingen i noe roboten bruker. Roboten virker som før; se gjerne"
              + " over om noe bør tas inn i feature-filene.");
    } else {
      lines.add(
          changes
              + " endring(er), og "
              + reliedOn
              + " gjelder noe roboten bruker (merket «roboten bruker den»). Roboten kan ikke stole"
              + " på skjermbildene lenger: se over, og på diagnosen hvis kjøringen stoppet.");
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * Why two fingerprints of screens in different languages are not compared: every name would
   * differ, and none of it would be a change.
   */
  public static String differentLanguages(Fingerprint baseline, Fingerprint run) {
    return "Grunnlinjen er laget fra skjermbilder på "
        + baseline.screenLanguage().norwegianName()
        + ", men kjøringen fra skjermbilder på "
        + run.screenLanguage().norwegianName()
        + ", så de kan ikke sammenlignes: sammenlign med en grunnlinje på samme språk.";
  }
}
