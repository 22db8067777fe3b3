package no.dpifullmakt.report.run;

import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.report.StepKind;
import no.dpifullmakt.report.evidence.Evidence;

/** One scenario as it ran, step by step. */
public final class RecordedScenario {

  private final TestCase testCase;
  private final String feature;
  private final List<RecordedStep> steps = new ArrayList<>();
  private final Map<UUID, RecordedStep> byTestStep = new HashMap<>();
  private Status status = Status.UNDEFINED;

  RecordedScenario(TestCase testCase, String feature) {
    this.testCase = testCase;
    this.feature = feature;
    List<PickleStepTestStep> pickleSteps =
        testCase.getTestSteps().stream()
            .filter(PickleStepTestStep.class::isInstance)
            .map(PickleStepTestStep.class::cast)
            .toList();
    List<StepKind> kinds =
        StepKind.of(pickleSteps.stream().map(s -> s.getStep().getKeyword()).toList());
    int actions = (int) kinds.stream().filter(k -> k == StepKind.ACTION).count();
    int number = 0;
    for (int i = 0; i < pickleSteps.size(); i++) {
      number += kinds.get(i) == StepKind.ACTION ? 1 : 0;
      int shown = kinds.get(i) == StepKind.ACTION ? number : 0;
      steps.add(new RecordedStep(pickleSteps.get(i), kinds.get(i), shown, actions));
    }
    mapHookSteps(testCase.getTestSteps());
  }

  /** A step hook (BeforeStep, AfterStep) belongs to the step it surrounds. */
  private void mapHookSteps(List<TestStep> all) {
    int next = 0;
    RecordedStep last = null;
    List<TestStep> pendingBefore = new ArrayList<>();
    for (TestStep step : all) {
      if (step instanceof PickleStepTestStep) {
        last = steps.get(next++);
        byTestStep.put(step.getId(), last);
        for (TestStep before : pendingBefore) {
          byTestStep.put(before.getId(), last);
        }
        pendingBefore.clear();
      } else if (step instanceof HookTestStep hook) {
        switch (hook.getHookType()) {
          case BEFORE_STEP -> pendingBefore.add(step);
          case AFTER_STEP -> {
            if (last != null) {
              byTestStep.put(step.getId(), last);
            }
          }
          default -> {
            // Scenario hooks belong to no step.
          }
        }
      }
    }
  }

  public UUID id() {
    return testCase.getId();
  }

  /** The feature's name (its «Egenskap»). */
  public String feature() {
    return feature;
  }

  public String name() {
    return testCase.getName();
  }

  public List<String> tags() {
    return testCase.getTags();
  }

  public List<RecordedStep> steps() {
    return List.copyOf(steps);
  }

  public Status status() {
    return status;
  }

  /** The generation from the feature's tag (@altinn2, @altinn3), if it has one. */
  public Optional<String> generation() {
    return tags().stream()
        .filter(t -> t.matches("@altinn\\d+"))
        .map(t -> t.substring(1))
        .findFirst();
  }

  /** The language the robot read Altinn's screens in, if it read one in this scenario. */
  public Optional<ScreenLanguage> screenLanguage() {
    return steps().stream()
        .flatMap(step -> step.attachment(Evidence.SCREEN_LANGUAGE).stream())
        .map(Attachment::text)
        .map(ScreenLanguage::fromCode)
        .flatMap(Optional::stream)
        .reduce((first, last) -> last);
  }

  Optional<RecordedStep> stepOf(TestStep testStep) {
    return Optional.ofNullable(byTestStep.get(testStep.getId()));
  }

  void finished(Status finishedStatus) {
    status = finishedStatus;
  }
}
