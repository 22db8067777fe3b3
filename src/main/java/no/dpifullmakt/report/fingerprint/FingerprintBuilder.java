package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a fingerprint together from the pages of each step, in the order they ran. A step or page
 * seen twice (two suppliers, a step that occurs twice) is merged: an element is kept once, and is
 * relied on if the robot relied on it either time; a target looked for in vain one time and found
 * the other counts as found.
 */
public final class FingerprintBuilder {

  /** One page of one step, as merged so far. */
  private static final class Page {
    private final Map<String, ElementPrint> elements = new LinkedHashMap<>();
    private final Set<String> absent = new LinkedHashSet<>();
  }

  private final Map<List<String>, Map<String, Page>> steps = new LinkedHashMap<>();

  public FingerprintBuilder add(String feature, String step, List<PagePrint> pages) {
    Map<String, Page> stepPages =
        steps.computeIfAbsent(List.of(feature, step), s -> new LinkedHashMap<>());
    for (PagePrint page : pages) {
      Page merged = stepPages.computeIfAbsent(page.page(), p -> new Page());
      for (ElementPrint element : page.elements()) {
        merged.elements.merge(element.key(), element, FingerprintBuilder::merge);
      }
      merged.absent.addAll(page.absent());
    }
    return this;
  }

  /** Adds every step of another fingerprint, replacing the steps this one has under its names. */
  public FingerprintBuilder replaceWith(Fingerprint other) {
    for (StepPrint step : other.steps()) {
      steps.remove(List.of(step.feature(), step.step()));
      add(step.feature(), step.step(), step.pages());
    }
    return this;
  }

  public Fingerprint build(String generation, String source, boolean complete) {
    return build(generation, source, complete, null);
  }

  /**
   * @param languageCode the screens' language («nn»), or null when the robot read none
   */
  public Fingerprint build(
      String generation, String source, boolean complete, String languageCode) {
    List<StepPrint> out = new ArrayList<>();
    steps.forEach(
        (step, pages) -> {
          List<PagePrint> pagePrints = new ArrayList<>();
          pages.forEach(
              (page, merged) ->
                  pagePrints.add(
                      new PagePrint(
                          page,
                          List.copyOf(merged.elements.values()),
                          List.copyOf(merged.absent))));
          out.add(new StepPrint(step.get(0), step.get(1), pagePrints));
        });
    return new Fingerprint(generation, source, complete, languageCode, out);
  }

  public static FingerprintBuilder from(Fingerprint fingerprint) {
    FingerprintBuilder builder = new FingerprintBuilder();
    fingerprint.steps().forEach(step -> builder.add(step.feature(), step.step(), step.pages()));
    return builder;
  }

  private static ElementPrint merge(ElementPrint old, ElementPrint now) {
    if (!now.reliedOn()) {
      return old;
    }
    return old.reliedOnAs(now.expected());
  }
}
