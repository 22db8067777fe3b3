package no.dpifullmakt.report.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a fingerprint together from the pages of each step, in the order they ran. A step or page
 * seen twice (two suppliers, a step that occurs twice) is merged: an element is kept once, and is
 * relied on if the robot relied on it either time.
 */
public final class FingerprintBuilder {

  private final Map<List<String>, Map<String, Map<String, ElementPrint>>> steps =
      new LinkedHashMap<>();

  public FingerprintBuilder add(String feature, String step, List<PagePrint> pages) {
    Map<String, Map<String, ElementPrint>> stepPages =
        steps.computeIfAbsent(List.of(feature, step), s -> new LinkedHashMap<>());
    for (PagePrint page : pages) {
      Map<String, ElementPrint> elements =
          stepPages.computeIfAbsent(page.page(), p -> new LinkedHashMap<>());
      for (ElementPrint element : page.elements()) {
        elements.merge(element.key(), element, FingerprintBuilder::merge);
      }
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
    List<StepPrint> out = new ArrayList<>();
    steps.forEach(
        (step, pages) -> {
          List<PagePrint> pagePrints = new ArrayList<>();
          pages.forEach(
              (page, elements) ->
                  pagePrints.add(new PagePrint(page, List.copyOf(elements.values()))));
          out.add(new StepPrint(step.get(0), step.get(1), pagePrints));
        });
    return new Fingerprint(generation, source, complete, out);
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
