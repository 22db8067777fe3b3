package no.dpifullmakt.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import no.dpifullmakt.report.SecretMask;
import no.dpifullmakt.report.fingerprint.Baselines;
import no.dpifullmakt.report.fingerprint.ComparisonText;
import no.dpifullmakt.report.fingerprint.Fingerprint;
import no.dpifullmakt.report.fingerprint.FingerprintBuilder;
import no.dpifullmakt.report.fingerprint.FingerprintComparison;
import no.dpifullmakt.report.fingerprint.FingerprintJson;
import no.dpifullmakt.report.fingerprint.FingerprintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dpi-fullmakt fingeravtrykk sammenlign|oppdater}: compares a run's UI fingerprint with the
 * baseline kept in the repository, or makes the run's fingerprint the new baseline.
 */
@Command(
    name = "fingeravtrykk",
    description =
        "Sammenligner skjermbildene en kjøring møtte (fingeravtrykket) med grunnlinjen, for å se"
            + " om Altinn har endret noe.",
    subcommands = {FingerprintCommand.Compare.class, FingerprintCommand.Update.class})
final class FingerprintCommand implements Callable<Integer> {

  @Mixin HelpOptions help;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.BAD_INPUT.code();
  }

  @Command(
      name = "sammenlign",
      description =
          "Viser hva som er lagt til, fjernet eller omdøpt i skjermbildene, steg for steg."
              + " Avslutningskode 4 når noe roboten bruker er endret, 0 ellers.")
  static final class Compare implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Spec CommandSpec spec;

    @Option(
        names = {"--kjøring", "--kjoring"},
        paramLabel = "MAPPE",
        description = "Kjøringens rapportmappe (standard: den nyeste under --rapportmappe).")
    Path run;

    @Option(
        names = "--grunnlinje",
        paramLabel = "FIL",
        description =
            "Grunnlinjen det sammenlignes med (standard: fingeravtrykk/<generasjon>.json).")
    Path baseline;

    @Option(
        names = "--rapportmappe",
        paramLabel = "MAPPE",
        defaultValue = "rapporter",
        description = "Hvor kjøringene ligger (standard: ${DEFAULT-VALUE}).")
    Path reports;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Path runFile = runFingerprint(run, reports);
        Fingerprint now = FingerprintJson.read(runFile);
        Baselines.Baseline base = loadBaseline(baseline, now.generation());
        if (!base.fingerprint().generation().equals(now.generation())) {
          err.println(
              "Feil: grunnlinjen gjelder "
                  + base.fingerprint().generation()
                  + ", men kjøringen "
                  + now.generation()
                  + ".");
          return ExitCode.BAD_INPUT.code();
        }
        if (!base.fingerprint().sameLanguageAs(now)) {
          err.println("Feil: " + ComparisonText.differentLanguages(base.fingerprint(), now));
          return ExitCode.BAD_INPUT.code();
        }
        FingerprintComparison.Result result =
            FingerprintComparison.compare(base.fingerprint(), now);
        out.print(
            SecretMask.apply(
                ComparisonText.render(result, runFile.toString(), now, base.description())));
        out.flush();
        return result.reliedOnChanged() ? ExitCode.SCREEN_CHANGED.code() : ExitCode.OK.code();
      } catch (BadInput e) {
        err.println("Feil: " + e.getMessage());
        return ExitCode.BAD_INPUT.code();
      } catch (IOException e) {
        err.println("Feil: kunne ikke lese fingeravtrykket: " + e.getMessage());
        return ExitCode.BAD_INPUT.code();
      }
    }
  }

  @Command(
      name = "oppdater",
      description =
          "Gjør fingeravtrykket fra en vellykket kjøring til grunnlinjen. Steg grunnlinjen har"
              + " fra andre kommandoer, beholdes.")
  static final class Update implements Callable<Integer> {
    @Mixin HelpOptions help;

    @Spec CommandSpec spec;

    @Option(
        names = {"--kjøring", "--kjoring"},
        paramLabel = "MAPPE",
        required = true,
        description = "Kjøringens rapportmappe.")
    Path run;

    @Option(
        names = "--grunnlinje",
        paramLabel = "FIL",
        description = "Filen som skrives (standard: fingeravtrykk/<generasjon>.json).")
    Path baseline;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try {
        Path runFile = runFingerprint(run, null);
        Fingerprint now = FingerprintJson.read(runFile);
        if (!now.complete()) {
          err.println(
              "Feil: kjøringen i "
                  + run
                  + " stoppet underveis, så fingeravtrykket mangler steg. Oppdater grunnlinjen fra"
                  + " en kjøring som gikk bra.");
          return ExitCode.BAD_INPUT.code();
        }
        Path target = baseline != null ? baseline : Baselines.inRepository(now.generation());
        Fingerprint old = Files.exists(target) ? FingerprintJson.read(target) : null;
        if (old != null && !old.sameLanguageAs(now)) {
          err.println("Feil: " + ComparisonText.differentLanguages(old, now));
          return ExitCode.BAD_INPUT.code();
        }
        FingerprintBuilder merged =
            old != null ? FingerprintBuilder.from(old) : new FingerprintBuilder();
        Fingerprint updated =
            merged.replaceWith(now).build(now.generation(), now.source(), true, now.languageCode());
        if (target.toAbsolutePath().getParent() != null) {
          Files.createDirectories(target.toAbsolutePath().getParent());
        }
        FingerprintJson.write(updated, target);
        out.println(
            "Grunnlinjen "
                + target
                + " er oppdatert fra "
                + runFile
                + " ("
                + now.steps().size()
                + " steg; "
                + updated.steps().size()
                + " i alt).");
        out.flush();
        return ExitCode.OK.code();
      } catch (BadInput e) {
        err.println("Feil: " + e.getMessage());
        return ExitCode.BAD_INPUT.code();
      } catch (IOException e) {
        err.println("Feil: kunne ikke lese eller skrive fingeravtrykket: " + e.getMessage());
        return ExitCode.BAD_INPUT.code();
      }
    }
  }

  /** A problem with what the person asked for, said in one Norwegian sentence. */
  private static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message);
    }
  }

  /** The run's fingerprint file: in the folder given, or in the newest run that has one. */
  static Path runFingerprint(Path run, Path reports) {
    if (run != null) {
      Path file = Files.isDirectory(run) ? run.resolve(FingerprintWriter.FILE) : run;
      if (!Files.isRegularFile(file)) {
        throw new BadInput("fant ikke " + FingerprintWriter.FILE + " i «" + run + "».");
      }
      return file;
    }
    return newestRun(reports)
        .orElseThrow(
            () ->
                new BadInput(
                    "fant ingen kjøring med "
                        + FingerprintWriter.FILE
                        + " under «"
                        + reports
                        + "»: oppgi mappen med --kjøring."));
  }

  private static Optional<Path> newestRun(Path reports) {
    if (reports == null || !Files.isDirectory(reports)) {
      return Optional.empty();
    }
    try (Stream<Path> runs = Files.list(reports)) {
      return runs.filter(p -> Files.isRegularFile(p.resolve(FingerprintWriter.FILE)))
          .max(Comparator.comparing(p -> p.getFileName().toString()))
          .map(p -> p.resolve(FingerprintWriter.FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The baseline file given, else the repository's for the generation, else the built-in one. */
  private static Baselines.Baseline loadBaseline(Path file, String generation) throws IOException {
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new BadInput("fant ikke grunnlinjen «" + file + "».");
      }
      return new Baselines.Baseline(FingerprintJson.read(file), file.toString());
    }
    return Baselines.forGeneration(generation)
        .orElseThrow(
            () ->
                new BadInput(
                    "fant ingen grunnlinje for "
                        + generation
                        + ": lag den med «fingeravtrykk oppdater»."));
  }
}
