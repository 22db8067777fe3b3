package no.dpifullmakt.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.cucumber.plugin.event.WriteEvent;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints each step as it finishes, in the letter's words: "Steg 5 av 12: Legg inn ..." for the
 * actions, with the time each took. Preparations and checks get their own labels.
 */
public final class ProgressPrinter implements ConcurrentEventListener {

  private static final Logger LOG = LoggerFactory.getLogger("no.dpifullmakt.fremdrift");

  private final Map<UUID, Progress> running = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger started =
      new java.util.concurrent.atomic.AtomicInteger();

  private static final class Progress {
    private final List<PickleStepTestStep> steps;
    private final List<StepKind> kinds;
    private final int actions;
    private volatile boolean failed;

    private final int ordinal;

    Progress(TestCase testCase, int ordinal) {
      this.ordinal = ordinal;
      this.steps =
          testCase.getTestSteps().stream()
              .filter(PickleStepTestStep.class::isInstance)
              .map(PickleStepTestStep.class::cast)
              .toList();
      this.kinds = StepKind.of(steps.stream().map(s -> s.getStep().getKeyword()).toList());
      this.actions = (int) kinds.stream().filter(k -> k == StepKind.ACTION).count();
    }

    String label(PickleStepTestStep step) {
      int index = steps.indexOf(step);
      return switch (kinds.get(index)) {
        case PREPARATION -> "Forberedelse";
        case CHECK -> "Kontroll";
        case ACTION -> {
          int number =
              (int) kinds.subList(0, index + 1).stream().filter(k -> k == StepKind.ACTION).count();
          yield "Steg " + number + " av " + actions;
        }
      };
    }
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestCaseStarted.class, this::started);
    publisher.registerHandlerFor(TestStepStarted.class, this::stepStarted);
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(WriteEvent.class, e -> LOG.info("  ! {}", e.getText()));
    publisher.registerHandlerFor(
        TestCaseFinished.class, e -> running.remove(e.getTestCase().getId()));
  }

  private void started(TestCaseStarted event) {
    TestCase testCase = event.getTestCase();
    Progress progress = new Progress(testCase, started.incrementAndGet());
    running.put(testCase.getId(), progress);
    LOG.info("");
    // The person reads the scenario's name; Gherkin's keyword («Scenariomal») is for the log.
    LOG.info("{}{}", prefix(progress), testCase.getName());
    LOG.debug("{}{}: {}", prefix(progress), testCase.getKeyword(), testCase.getName());
  }

  private void stepStarted(TestStepStarted event) {
    if (!(event.getTestStep() instanceof PickleStepTestStep step)) {
      return;
    }
    Progress progress = running.get(event.getTestCase().getId());
    // After a failure Cucumber still "starts" the remaining steps to skip them: the robot is
    // still where it failed.
    if (progress != null && !progress.failed) {
      CurrentStep.set(
          new CurrentStep.Step(
              progress.label(step), LetterStyle.imperative(step.getStep().getText())));
    }
  }

  private void stepFinished(TestStepFinished event) {
    if (!(event.getTestStep() instanceof PickleStepTestStep step)) {
      return;
    }
    Progress progress = running.get(event.getTestCase().getId());
    if (progress == null) {
      return;
    }
    Status status = event.getResult().getStatus();
    if (status == Status.FAILED) {
      progress.failed = true;
    }
    LOG.info(
        "{}{}: {}{}",
        prefix(progress),
        progress.label(step),
        LetterStyle.imperative(step.getStep().getText()),
        outcome(status, event.getResult().getDuration()));
  }

  /** When scenarios run side by side, "[3] " tells their lines apart. */
  private String prefix(Progress progress) {
    return running.size() > 1 ? "[" + progress.ordinal + "] " : "";
  }

  private static String outcome(Status status, Duration duration) {
    String seconds =
        String.format(Locale.forLanguageTag("nb-NO"), "%.1f s", duration.toMillis() / 1000.0);
    return switch (status) {
      case PASSED -> " (" + seconds + ")";
      case SKIPPED -> " – hoppet over";
      case FAILED -> " – FEILET (" + seconds + ")";
      default -> " – " + status.name().toLowerCase(Locale.ROOT);
    };
  }
}
