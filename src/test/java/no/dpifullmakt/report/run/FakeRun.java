package no.dpifullmakt.report.run;

import io.cucumber.plugin.event.Argument;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Group;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.HookType;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Node;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.Step;
import io.cucumber.plugin.event.StepArgument;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceParsed;
import io.cucumber.plugin.event.TestStep;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.TestStepStarted;
import io.cucumber.plugin.event.WriteEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A small synthetic Cucumber run for testing plugins: scenarios with steps, each step followed by
 * an AfterStep hook that may attach things, in the order Cucumber sends its events.
 */
public final class FakeRun implements EventPublisher {

  private final Map<Class<?>, List<EventHandler<?>>> handlers = new HashMap<>();

  @Override
  public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
    handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(handler);
  }

  @Override
  public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
    handlers.getOrDefault(type, new ArrayList<>()).remove(handler);
  }

  @SuppressWarnings("unchecked")
  private <T> void send(T event) {
    for (EventHandler<?> handler : handlers.getOrDefault(event.getClass(), List.of())) {
      ((EventHandler<T>) handler).receive(event);
    }
  }

  /** An argument of a step definition, such as {orgnr}, at its place in the step's text. */
  public record Arg(String type, String value, int start, int end) implements Argument {
    public static Arg of(String type, String text, String value) {
      int start = text.indexOf(value);
      return new Arg(type, value, start, start + value.length());
    }

    @Override
    public String getParameterTypeName() {
      return type;
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int getStart() {
      return start;
    }

    @Override
    public int getEnd() {
      return end;
    }

    @Override
    public Group getGroup() {
      return null;
    }
  }

  /** One scenario of the run. */
  public final class Scenario implements TestCase {
    private final UUID id = UUID.randomUUID();
    private final URI uri = URI.create("file:kjoring-" + id + ".feature");
    private final String feature;
    private final String name;
    private final List<String> tags;
    private final List<PickleStep> steps = new ArrayList<>();
    private final List<TestStep> all = new ArrayList<>();

    Scenario(String feature, String name, List<String> tags) {
      this.feature = feature;
      this.name = name;
      this.tags = tags;
    }

    public Scenario step(String keyword, String text, Arg... arguments) {
      PickleStep step = new PickleStep(keyword, text, List.of(arguments), steps.size() + 1);
      steps.add(step);
      all.add(step);
      all.add(new AfterStepHook());
      return this;
    }

    public void start() {
      Node.Feature node = new FeatureNode(feature);
      send(new TestSourceParsed(Instant.now(), uri, List.of(node)));
      send(new TestCaseStarted(Instant.now(), this));
    }

    /** Runs step {@code number} (1-based); its AfterStep hook attaches and logs. */
    public void run(
        int number,
        Status status,
        Throwable error,
        List<Attachment> attachments,
        List<String> notes) {
      PickleStep step = steps.get(number - 1);
      send(new TestStepStarted(Instant.now(), this, step));
      send(
          new TestStepFinished(
              Instant.now(), this, step, new Result(status, Duration.ofMillis(10), error)));
      TestStep hook = all.get(all.indexOf(step) + 1);
      send(new TestStepStarted(Instant.now(), this, hook));
      for (Attachment attachment : attachments) {
        send(
            new EmbedEvent(
                Instant.now(), this, attachment.data(), attachment.mediaType(), attachment.name()));
      }
      for (String note : notes) {
        send(new WriteEvent(Instant.now(), this, note));
      }
      send(
          new TestStepFinished(
              Instant.now(), this, hook, new Result(Status.PASSED, Duration.ZERO, null)));
    }

    public void pass(int number, Attachment... attachments) {
      run(number, Status.PASSED, null, List.of(attachments), List.of());
    }

    public void finish(Status status) {
      send(new TestCaseFinished(Instant.now(), this, new Result(status, Duration.ZERO, null)));
    }

    @Override
    public Integer getLine() {
      return 1;
    }

    @Override
    public Location getLocation() {
      return new Location(1, 1);
    }

    @Override
    public String getKeyword() {
      return "Scenario";
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public String getScenarioDesignation() {
      return name;
    }

    @Override
    public List<String> getTags() {
      return tags;
    }

    @Override
    public List<TestStep> getTestSteps() {
      return List.copyOf(all);
    }

    @Override
    public URI getUri() {
      return uri;
    }

    @Override
    public UUID getId() {
      return id;
    }
  }

  public Scenario scenario(String feature, String name, String... tags) {
    return new Scenario(feature, name, List.of(tags));
  }

  public void finishRun() {
    send(new TestRunFinished(Instant.now(), new Result(Status.PASSED, Duration.ZERO, null)));
  }

  private static final class PickleStep implements PickleStepTestStep, Step {
    private final UUID id = UUID.randomUUID();
    private final String keyword;
    private final String text;
    private final List<Argument> arguments;
    private final int line;

    PickleStep(String keyword, String text, List<Argument> arguments, int line) {
      this.keyword = keyword;
      this.text = text;
      this.arguments = arguments;
      this.line = line;
    }

    @Override
    public String getPattern() {
      return text;
    }

    @Override
    public Step getStep() {
      return this;
    }

    @Override
    public List<Argument> getDefinitionArgument() {
      return arguments;
    }

    @Override
    public StepArgument getStepArgument() {
      return null;
    }

    @Override
    public int getStepLine() {
      return line;
    }

    @Override
    public URI getUri() {
      return URI.create("file:x.feature");
    }

    @Override
    public String getStepText() {
      return text;
    }

    @Override
    public String getCodeLocation() {
      return "steps";
    }

    @Override
    public UUID getId() {
      return id;
    }

    @Override
    public StepArgument getArgument() {
      return null;
    }

    @Override
    public String getKeyword() {
      return keyword;
    }

    @Override
    public String getText() {
      return text;
    }

    @Override
    public int getLine() {
      return line;
    }

    @Override
    public Location getLocation() {
      return new Location(line, 1);
    }
  }

  private static final class AfterStepHook implements HookTestStep {
    private final UUID id = UUID.randomUUID();

    @Override
    public HookType getHookType() {
      return HookType.AFTER_STEP;
    }

    @Override
    public String getCodeLocation() {
      return "Hooks.keepEvidence";
    }

    @Override
    public UUID getId() {
      return id;
    }
  }

  private record FeatureNode(String name) implements Node.Feature {
    @Override
    public Collection<Node> elements() {
      return List.of();
    }

    @Override
    public Location getLocation() {
      return new Location(1, 1);
    }

    @Override
    public Optional<String> getKeyword() {
      return Optional.of("Egenskap");
    }

    @Override
    public Optional<String> getName() {
      return Optional.of(name);
    }

    @Override
    public Optional<Node> getParent() {
      return Optional.empty();
    }
  }
}
