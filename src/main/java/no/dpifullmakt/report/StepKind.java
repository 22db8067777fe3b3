package no.dpifullmakt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gherkin's three kinds of step, from the Norwegian keywords: "Gitt" prepares, "Når" acts (the
 * letter's numbered steps), "Så" checks. "Og" and "Men" continue the kind before them.
 */
public enum StepKind {
  PREPARATION,
  ACTION,
  CHECK;

  /** The kind of each step, given the keywords in order. */
  public static List<StepKind> of(List<String> keywords) {
    List<StepKind> kinds = new ArrayList<>();
    StepKind current = PREPARATION;
    for (String keyword : keywords) {
      String word = keyword.strip().toLowerCase(Locale.ROOT);
      switch (word) {
        case "gitt", "given" -> current = PREPARATION;
        case "når", "when" -> current = ACTION;
        case "så", "then" -> current = CHECK;
        default -> {
          // "Og", "Men", "*" continue the kind before them.
        }
      }
      kinds.add(current);
    }
    return kinds;
  }
}
