package no.dpifullmakt.report.run;

import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.cucumber.plugin.event.WriteEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Follows Cucumber's events and keeps, scenario by scenario, what each step did: its result, the
 * notes and attachments of the step and of the hooks around it. The report writers (guide,
 * diagnosis, fingerprint) read from it when a scenario or the run is over.
 */
public final class RunRecorder {

  private final Map<URI, String> features = new ConcurrentHashMap<>();
  private final Map<UUID, RecordedScenario> running = new ConcurrentHashMap<>();
  private final Map<UUID, TestStep> currentStep = new ConcurrentHashMap<>();
  private final List<RecordedScenario> finished = new ArrayList<>();
  private final Consumer<RecordedScenario> onScenarioFinished;
  private final Consumer<List<RecordedScenario>> onRunFinished;

  public RunRecorder(
      Consumer<RecordedScenario> onScenarioFinished,
      Consumer<List<RecordedScenario>> onRunFinished) {
    this.onScenarioFinished = onScenarioFinished;
    this.onRunFinished = onRunFinished;
  }

  public void listen(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceParsed.class, this::parsed);
    publisher.registerHandlerFor(TestCaseStarted.class, this::started);
    publisher.registerHandlerFor(TestStepStarted.class, this::stepStarted);
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
    publisher.registerHandlerFor(WriteEvent.class, this::written);
    publisher.registerHandlerFor(TestCaseFinished.class, this::caseFinished);
    publisher.registerHandlerFor(TestRunFinished.class, e -> runFinished());
  }

  private void parsed(TestSourceParsed event) {
    for (Node node : event.getNodes()) {
      if (node instanceof Node.Feature feature) {
        features.put(event.getUri(), feature.getName().orElse(""));
      }
    }
  }

  private void started(TestCaseStarted event) {
    String feature = features.getOrDefault(event.getTestCase().getUri(), "");
    running.put(event.getTestCase().getId(), new RecordedScenario(event.getTestCase(), feature));
  }

  private void stepStarted(TestStepStarted event) {
    currentStep.put(event.getTestCase().getId(), event.getTestStep());
  }

  private void stepFinished(TestStepFinished event) {
    RecordedScenario scenario = running.get(event.getTestCase().getId());
    if (scenario == null) {
      return;
    }
    scenario
        .stepOf(event.getTestStep())
        .filter(step -> step.source().getId().equals(event.getTestStep().getId()))
        .ifPresent(
            step ->
                step.finished(
                    event.getResult().getStatus(),
                    event.getResult().getError(),
                    event.getResult().getDuration()));
  }

  private void embedded(EmbedEvent event) {
    stepFor(event.getTestCase().getId())
        .ifPresent(
            step ->
                step.attach(
                    new Attachment(event.getName(), event.getMediaType(), event.getData())));
  }

  private void written(WriteEvent event) {
    stepFor(event.getTestCase().getId()).ifPresent(step -> step.note(event.getText()));
  }

  private Optional<RecordedStep> stepFor(UUID testCase) {
    RecordedScenario scenario = running.get(testCase);
    TestStep step = currentStep.get(testCase);
    if (scenario == null || step == null) {
      return Optional.empty();
    }
    return scenario.stepOf(step);
  }

  private void caseFinished(TestCaseFinished event) {
    RecordedScenario scenario = running.remove(event.getTestCase().getId());
    currentStep.remove(event.getTestCase().getId());
    if (scenario == null) {
      return;
    }
    scenario.finished(event.getResult().getStatus());
    synchronized (finished) {
      finished.add(scenario);
    }
    onScenarioFinished.accept(scenario);
  }

  private void runFinished() {
    List<RecordedScenario> all;
    synchronized (finished) {
      all = List.copyOf(finished);
    }
    onRunFinished.accept(all);
  }
}
