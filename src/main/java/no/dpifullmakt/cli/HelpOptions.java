package no.dpifullmakt.cli;

import picocli.CommandLine.Option;

/** Help and version options with Norwegian names and texts. */
final class HelpOptions {

  @Option(
      names = {"-h", "--hjelp", "--help"},
      usageHelp = true,
      description = "Vis denne hjelpen.")
  boolean help;

  @Option(
      names = {"-V", "--versjon", "--version"},
      versionHelp = true,
      description = "Vis versjonen.")
  boolean version;
}
