package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.report.NameSimilarity;

/**
 * Compares a run's fingerprint with a baseline, step by step and page by page: what was added,
 * removed or renamed (a removed and an added element of the same role with similar names on the
 * same page). What matters is whether any of it is something the robot relies on.
 *
 * <p>A look is an answer too. What the baseline found, and the run looked for on the same page in
 * the same step without finding it, is removed, and the robot relied on it: the robot took another
 * way than in the baseline ("the supplier is not listed"). What the baseline looked for in vain and
 * the run found is listed as found; the robot can go on from there, so it does not count.
 */
public final class FingerprintComparison {

  /** From here on, a removed and an added name are one element renamed. */
  static final double RENAME_SIMILARITY = 0.4;

  /** The differences of one page within one step. */
  public record PageChanges(String page, List<Change> changes) {}

  /**
   * One step's differences.
   *
   * @param inBaseline false when the step is new in this run
   * @param inRun false when the run did not get to (or does not have) the step
   */
  public record StepChanges(
      String feature,
      String step,
      boolean inBaseline,
      boolean inRun,
      List<PageChanges> pages,
      List<String> pagesNotVisited) {

    public boolean hasChanges() {
      return pages.stream().anyMatch(p -> !p.changes().isEmpty());
    }
  }

  /** The whole comparison. */
  public record Result(List<StepChanges> steps) {

    public List<Change> changes() {
      return steps.stream()
          .flatMap(s -> s.pages().stream())
          .flatMap(p -> p.changes().stream())
          .toList();
    }

    /** Whether anything the robot relies on was removed or renamed. */
    public boolean reliedOnChanged() {
      return changes().stream().anyMatch(Change::breaksRobot);
    }
  }

  private FingerprintComparison() {}

  public static Result compare(Fingerprint baseline, Fingerprint run) {
    List<StepChanges> steps = new ArrayList<>();
    for (StepPrint before : baseline.steps()) {
      Optional<StepPrint> now = run.step(before);
      if (now.isEmpty()) {
        steps.add(
            new StepChanges(before.feature(), before.step(), true, false, List.of(), List.of()));
        continue;
      }
      steps.add(compareStep(before, now.get()));
    }
    for (StepPrint now : run.steps()) {
      if (baseline.step(now).isEmpty()) {
        List<PageChanges> pages = new ArrayList<>();
        for (PagePrint page : now.pages()) {
          pages.add(new PageChanges(page.page(), compareElements(List.of(), page.elements())));
        }
        steps.add(new StepChanges(now.feature(), now.step(), false, true, pages, List.of()));
      }
    }
    return new Result(steps);
  }

  private static StepChanges compareStep(StepPrint before, StepPrint now) {
    Map<String, PagePrint> nowPages = new LinkedHashMap<>();
    now.pages().forEach(p -> nowPages.put(p.page(), p));
    List<PageChanges> pages = new ArrayList<>();
    List<String> notVisited = new ArrayList<>();
    for (PagePrint page : before.pages()) {
      PagePrint other = nowPages.remove(page.page());
      if (other == null) {
        notVisited.add(page.page());
      } else {
        pages.add(new PageChanges(page.page(), compare(page, other)));
      }
    }
    for (PagePrint added : nowPages.values()) {
      pages.add(new PageChanges(added.page(), compareElements(List.of(), added.elements())));
    }
    return new StepChanges(before.feature(), before.step(), true, true, pages, notVisited);
  }

  static List<Change> compare(PagePrint before, PagePrint now) {
    List<ElementPrint> removed = new ArrayList<>(before.elements());
    List<ElementPrint> added = new ArrayList<>(now.elements());
    List<Change> changes = new ArrayList<>();
    // The answers of looks first: an element the robot found in one and looked for in vain in the
    // other is that, whatever else the page shows under the same name.
    for (ElementPrint old : before.elements()) {
      if (old.reliedOn() && old.expected() != null && now.absent().contains(old.expected())) {
        changes.add(
            new Change(Change.Kind.REMOVED, old.role(), old.name(), null, true, old.expected()));
        removed.remove(old);
        added.removeIf(n -> n.key().equals(old.key()));
      }
    }
    for (ElementPrint n : now.elements()) {
      if (n.reliedOn() && n.expected() != null && before.absent().contains(n.expected())) {
        changes.add(new Change(Change.Kind.FOUND, n.role(), null, n.name(), true, n.expected()));
        added.remove(n);
        removed.removeIf(old -> old.key().equals(n.key()));
      }
    }
    changes.addAll(compareElements(removed, added));
    return changes;
  }

  static List<Change> compareElements(List<ElementPrint> before, List<ElementPrint> now) {
    List<ElementPrint> removed = new ArrayList<>(before);
    List<ElementPrint> added = new ArrayList<>(now);
    // What the robot looked for and found again is the same element, even if data in its name
    // (an organisation's name) differs.
    for (ElementPrint old : before) {
      if (old.reliedOn() && old.expected() != null) {
        added.stream()
            .filter(
                n ->
                    n.reliedOn()
                        && n.role().equals(old.role())
                        && old.expected().equals(n.expected()))
            .findFirst()
            .ifPresent(
                n -> {
                  added.remove(n);
                  removed.remove(old);
                });
      }
    }
    for (ElementPrint old : List.copyOf(removed)) {
      added.stream()
          .filter(n -> n.key().equals(old.key()))
          .findFirst()
          .ifPresent(
              n -> {
                added.remove(n);
                removed.remove(old);
              });
    }
    List<Change> changes = new ArrayList<>();
    for (ElementPrint old : List.copyOf(removed)) {
      bestRename(old, added)
          .ifPresent(
              n -> {
                changes.add(
                    new Change(
                        Change.Kind.RENAMED, old.role(), old.name(), n.name(), old.reliedOn()));
                added.remove(n);
                removed.remove(old);
              });
    }
    removed.forEach(
        old ->
            changes.add(
                new Change(Change.Kind.REMOVED, old.role(), old.name(), null, old.reliedOn())));
    added.forEach(
        n -> changes.add(new Change(Change.Kind.ADDED, n.role(), null, n.name(), n.reliedOn())));
    return changes;
  }

  private static Optional<ElementPrint> bestRename(
      ElementPrint old, List<ElementPrint> candidates) {
    ElementPrint best = null;
    double bestSimilarity = RENAME_SIMILARITY;
    for (ElementPrint candidate : candidates) {
      if (!candidate.role().equals(old.role())) {
        continue;
      }
      double similarity = NameSimilarity.of(old.name(), candidate.name());
      if (similarity >= bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    return Optional.ofNullable(best);
  }
}
