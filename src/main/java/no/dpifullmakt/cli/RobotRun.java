package no.dpifullmakt.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.config.RobotRuntime;
import no.dpifullmakt.config.RunSettings;
import no.dpifullmakt.domain.InvalidInputException;
import no.dpifullmakt.practiceportal.PortalOptions;
import no.dpifullmakt.practiceportal.PracticePortal;
import no.dpifullmakt.practiceportal.memory.Keeping;
import no.dpifullmakt.practiceportal.memory.StoreProblem;
import no.dpifullmakt.report.RunLog;
import no.dpifullmakt.shutdown.OrderedShutdown;
import no.dpifullmakt.task.Outcome;
import no.dpifullmakt.task.RunJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run from the command line: check the input, start the practice portal if the environment is
 * the embedded one, run the procedure's feature for the chosen suppliers, and sum up.
 */
final class RobotRun {

  private static final Logger LOG = LoggerFactory.getLogger("no.dpifullmakt.kjoring");
  private static final DateTimeFormatter FOLDER_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

  private final Action action;
  private final RunOptions options;
  private final Console console;

  RobotRun(Action action, RunOptions options, Console console) {
    this.action = action;
    this.options = options;
    this.console = console;
  }

  ExitCode execute() {
    RunRequest request;
    try {
      request = RunRequest.from(action, options, console);
    } catch (InvalidInputException e) {
      System.err.println("Feil: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    Path folder;
    try {
      folder = reportFolder(request);
    } catch (UncheckedIOException e) {
      System.err.println(
          "Feil: Kan ikke lage en rapportmappe i "
              + request.settings().reportFolder().toAbsolutePath()
              + ". Velg en mappe du kan skrive i med --rapportmappe.");
      return ExitCode.BAD_INPUT;
    }
    Instant started = Instant.now();
    try (RunLog log = RunLog.attach(folder.resolve("robot.log"));
        InterruptWatch watch = InterruptWatch.start(action.command())) {
      return run(request, folder, started);
    }
  }

  private ExitCode run(RunRequest request, Path folder, Instant started) {
    RunSettings settings = request.settings();
    PracticePortal portal = null;
    OrderedShutdown.Registration portalAtExit = () -> {};
    try {
      LOG.info(
          "DPI-fullmakt – {} i {} ({})",
          action.command(),
          settings.environment().description(),
          request.generation().key());
      request.suppliers().forEach(s -> LOG.info("Leverandør: {}", s));
      if (settings.environment().practicePortal()) {
        URI running = runningPracticePortal();
        if (running == null) {
          try {
            portal = PracticePortal.start(practicePortalOptions());
          } catch (StoreProblem e) {
            System.err.println("Feil: " + e.getMessage());
            return ExitCode.BAD_INPUT;
          }
          portalAtExit = OrderedShutdown.register(OrderedShutdown.Phase.PORTAL, portal::close);
          running = portal.baseUrl();
        }
        LOG.info("Øvingsportalen kjører på {} (oppdiktede data, ikke Altinn).", running);
        if (portal != null) {
          LOG.info(portal.memory().startLine("--nullstill-ovingsportal"));
        }
        settings = withPortal(settings, running);
      }
      RobotRuntime.use(settings);
      RunJournal.clear();
      Path feature =
          RunFeature.write(
              action.feature(request.generation().key()),
              action.tag(),
              request.suppliers(),
              folder.resolve("kjøring.feature"));
      FeatureLauncher.Result result = FeatureLauncher.run(feature, folder, request.threads());
      return summarise(result, folder, started);
    } finally {
      portalAtExit.cancel();
      if (portal != null) {
        portal.close();
      }
    }
  }

  private ExitCode summarise(FeatureLauncher.Result result, Path folder, Instant started) {
    LOG.info("");
    LOG.info("Oppsummering:");
    List<Outcome> outcomes = RunJournal.outcomes();
    for (Outcome outcome : outcomes) {
      LOG.info("  {}: {}", Action.heading(outcome.kind()), outcome.describe());
    }
    ExitCode exit = ExitCode.OK;
    for (Throwable failure : result.failures()) {
      FailureClassifier.Failure classified = FailureClassifier.classify(failure);
      LOG.info("  Feil: {}", classified.message());
      exit = ExitCode.worst(exit, classified.code());
    }
    if (result.scenarios() == 0) {
      LOG.info("  Feil: ingen scenarier ble kjørt.");
      exit = ExitCode.worst(exit, ExitCode.FAILED);
    }
    RunJournal.screenLanguage().ifPresent(language -> LOG.info("  {}", language.sentence()));
    LOG.info("  {}", RunJournal.changeSummary());
    if (exit == ExitCode.STOPPED) {
      LOG.info("  {}", StopAdvice.forCommand(action.command()));
    }
    LOG.info("Rapporten ligger i {}", folder.toAbsolutePath());
    Duration took = Duration.between(started, Instant.now());
    LOG.info(
        "{} på {} (avslutningskode {}).",
        exit == ExitCode.OK ? "Ferdig" : "Stoppet",
        String.format(Locale.forLanguageTag("nb-NO"), "%.1f s", took.toMillis() / 1000.0),
        exit.code());
    return exit;
  }

  /**
   * A practice portal that already runs, from {@code DPI_OVELSESPORTAL} (its address): tests start
   * one with changed screens and check its state afterwards. Null to start a fresh one.
   */
  private URI runningPracticePortal() {
    String address = console.environment().apply("DPI_OVELSESPORTAL");
    return address == null || address.isBlank() ? null : URI.create(address.strip());
  }

  /** Keeps what the person did between runs, in the data folder, unless asked to start afresh. */
  private PortalOptions practicePortalOptions() {
    return PortalOptions.forPeople(0)
        .withKeeping(Keeping.resolved(console.environment(), options.common.freshPracticePortal));
  }

  private static RunSettings withPortal(RunSettings settings, URI portal) {
    return settings.withEnvironment(settings.environment().atPracticePortal(portal));
  }

  private Path reportFolder(RunRequest request) {
    String name =
        LocalDateTime.now().format(FOLDER_TIME)
            + "-"
            + action.command().replace("ø", "o")
            + "-"
            + request.generation().key();
    return newFolder(request.settings().reportFolder(), name);
  }

  /** Two runs started in the same second get a folder each ("...-altinn2-2"). */
  private static Path newFolder(Path parent, String name) {
    try {
      Files.createDirectories(parent);
      for (int n = 1; ; n++) {
        Path folder = parent.resolve(n == 1 ? name : name + "-" + n);
        try {
          return Files.createDirectory(folder);
        } catch (FileAlreadyExistsException taken) {
          // the next number
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
