package no.dpifullmakt.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of utfør, kontroller and fjern. Checked before any browser starts. */
final class RunOptions {

  @Mixin SupplierOptions suppliers = new SupplierOptions();

  @Mixin CommonOptions common = new CommonOptions();

  @Mixin AssistOptions assist = new AssistOptions();

  @Option(
      names = "--miljo",
      paramLabel = "MILJØ",
      defaultValue = "ovelse",
      description =
          "Miljø: ovelse (øvingsportalen, standard), tt02, produksjon, eller stien til en egen"
              + " miljøfil.")
  String environment;

  @Option(
      names = "--trader",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Hvor mange leverandører roboten tar samtidig, hver i sin nettleser (standard:"
              + " ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--aktor",
      paramLabel = "ORGNR",
      description =
          "Virksomheten det handles for (standard: miljøvariabelen DPI_AKTOR, ellers den miljøet"
              + " oppgir).")
  String actor;

  @Option(names = "--synlig", description = "Vis nettleseren (standard: skjult).")
  boolean visible;

  @Option(
      names = "--assistert",
      description =
          "Assistert modus for daglig leder: synlig nettleser, forklaring før hvert steg, du logger"
              + " inn selv, og roboten spør før den endrer noe.")
  boolean assisted;

  @Option(
      names = "--grid",
      paramLabel = "URL",
      description = "Kjør nettleseren i et Selenium Grid, for eksempel http://localhost:4444.")
  String grid;

  /** What «øv» means: the practice portal, in assisted mode, one supplier at a time. */
  static RunOptions forRehearsal(
      SupplierOptions suppliers, CommonOptions common, AssistOptions assist) {
    RunOptions options = new RunOptions();
    options.suppliers = suppliers;
    options.common = common;
    options.assist = assist;
    options.environment = "ovelse";
    options.threads = 1;
    options.assisted = true;
    return options;
  }
}
