package no.dpifullmakt.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options every run takes, practice included: generation, browser, reports, waiting and whether the
 * practice portal starts afresh.
 */
final class CommonOptions {

  @Option(
      names = "--generasjon",
      paramLabel = "GENERASJON",
      description = "Portalgenerasjon: altinn2 eller altinn3. Standard: den miljøet bruker i dag.")
  String generation;

  @Option(
      names = "--nettleser",
      paramLabel = "NETTLESER",
      defaultValue = "chrome",
      description = "chrome (også Chromium), edge eller firefox (standard: ${DEFAULT-VALUE}).")
  String browser;

  @Option(
      names = "--rapportmappe",
      paramLabel = "MAPPE",
      defaultValue = "rapporter",
      description = "Hvor rapporter og logg skrives (standard: ${DEFAULT-VALUE}).")
  Path reportFolder;

  @Option(
      names = "--ventetid",
      paramLabel = "SEKUNDER",
      defaultValue = "15",
      description = "Hvor lenge roboten venter på et skjermbilde (standard: ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Option(
      names = "--nullstill-ovingsportal",
      description =
          "Øvingsportalen: glem det som ble gjort i tidligere kjøringer, og start med nye,"
              + " oppdiktede data.")
  boolean freshPracticePortal;
}
