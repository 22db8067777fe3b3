package no.dpifullmakt.report.run;

import io.cucumber.plugin.event.Argument;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.dpifullmakt.report.LetterStyle;
import no.dpifullmakt.report.StepKind;

/** One step of a scenario as it ran: its words, its kind and number, its result and attachments. */
public final class RecordedStep {

  /** The values that differ from supplier to supplier; everything else in a step is fixed. */
  private static final Set<String> SUPPLIER_PARAMETERS = Set.of("orgnr", "navn");

  private final PickleStepTestStep source;
  private final StepKind kind;
  private final int number;
  private final int actions;
  private final List<Attachment> attachments = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private Status status = Status.UNDEFINED;
  private Throwable error;
  private Duration duration = Duration.ZERO;

  RecordedStep(PickleStepTestStep source, StepKind kind, int number, int actions) {
    this.source = source;
    this.kind = kind;
    this.number = number;
    this.actions = actions;
  }

  /** The step's text as the feature file has it, with the values filled in. */
  public String text() {
    return source.getStep().getText();
  }

  public String keyword() {
    return source.getStep().getKeyword().strip();
  }

  /**
   * The text with the supplier's values as placeholders: «jeg klikker på leverandøren {orgnr} under
   * "Leverandører" hvis den står der». The same for every supplier, so runs can be compared.
   */
  public String genericText() {
    String text = text();
    List<Argument> arguments = new ArrayList<>(source.getDefinitionArgument());
    arguments.sort((a, b) -> Integer.compare(b.getStart(), a.getStart()));
    for (Argument argument : arguments) {
      String type = argument.getParameterTypeName();
      if (type != null && SUPPLIER_PARAMETERS.contains(type) && argument.getStart() >= 0) {
        text =
            text.substring(0, argument.getStart())
                + "{"
                + type
                + "}"
                + text.substring(argument.getEnd());
      }
    }
    return text;
  }

  /** The first value of a parameter type in this step, such as the organisation number. */
  public Optional<String> argument(String parameterType) {
    return source.getDefinitionArgument().stream()
        .filter(a -> parameterType.equals(a.getParameterTypeName()))
        .map(Argument::getValue)
        .findFirst();
  }

  /** The letter's imperative: «Klikk på "Neste"». */
  public String letterText() {
    return LetterStyle.imperative(text());
  }

  public StepKind kind() {
    return kind;
  }

  /** The action's number among the scenario's actions (1-based); 0 for other steps. */
  public int number() {
    return number;
  }

  /** "Steg 3 av 10", "Forberedelse" or "Kontroll", as the progress lines say. */
  public String label() {
    return switch (kind) {
      case PREPARATION -> "Forberedelse";
      case CHECK -> "Kontroll";
      case ACTION -> "Steg " + number + " av " + actions;
    };
  }

  public Status status() {
    return status;
  }

  public Optional<Throwable> error() {
    return Optional.ofNullable(error);
  }

  public Duration duration() {
    return duration;
  }

  public List<Attachment> attachments() {
    return List.copyOf(attachments);
  }

  public Optional<Attachment> attachment(String name) {
    return attachments.stream().filter(a -> a.name().equals(name)).reduce((a, b) -> b);
  }

  /** The robot's notes to the person, such as «Hopper over dette steget: …». */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  PickleStepTestStep source() {
    return source;
  }

  void attach(Attachment attachment) {
    attachments.add(attachment);
  }

  void note(String text) {
    notes.add(text);
  }

  void finished(Status finishedStatus, Throwable thrown, Duration took) {
    status = finishedStatus;
    error = thrown;
    duration = took;
  }
}
