package no.dpifullmakt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every action shares. Checked before any browser starts. */
final class RunOptions {

  @Option(
      names = "--miljo",
      paramLabel = "MILJØ",
      defaultValue = "ovelse",
      description =
          "Miljø: ovelse (øvingsportalen, standard), tt02, produksjon, eller stien til en egen"
              + " miljøfil.")
  String environment;

  @Option(
      names = "--generasjon",
      paramLabel = "GENERASJON",
      description = "Portalgenerasjon: altinn2 eller altinn3. Standard: den miljøet bruker i dag.")
  String generation;

  @Option(
      names = "--orgnr",
      paramLabel = "ORGNR",
      description =
          "Organisasjonsnummeret til leverandøren (9 siffer). Kan gjentas for flere"
              + " leverandører. Standard: 980858073 (Visma Software International AS).")
  List<String> orgnrs = new ArrayList<>();

  @Option(
      names = "--navn",
      paramLabel = "NAVN",
      description =
          "Minst de 4 første tegnene i leverandørens navn, ett per --orgnr, i samme rekkefølge."
              + " Standard for Visma: vism.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--leverandorer",
      paramLabel = "FIL",
      description =
          "En CSV-fil med én leverandør per linje: organisasjonsnummer og navn (minst 4 tegn),"
              + " skilt med komma eller semikolon. En overskriftslinje er lov.")
  Path supplierFile;

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
      description = "Virksomheten det handles for (standard: den miljøet oppgir).")
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
      names = "--tempo",
      paramLabel = "SEKUNDER",
      defaultValue = "1.5",
      description = "Assistert modus: pause før hvert steg (standard: ${DEFAULT-VALUE}).")
  double paceSeconds;

  @Option(
      names = "--innloggingstid",
      paramLabel = "MINUTTER",
      defaultValue = "10",
      description =
          "Assistert modus: hvor lenge roboten venter på at du logger inn (standard:"
              + " ${DEFAULT-VALUE}).")
  int loginMinutes;

  @Option(
      names = "--nettleser",
      paramLabel = "NETTLESER",
      defaultValue = "chrome",
      description = "chrome (også Chromium), edge eller firefox (standard: ${DEFAULT-VALUE}).")
  String browser;

  @Option(
      names = "--grid",
      paramLabel = "URL",
      description = "Kjør nettleseren i et Selenium Grid, for eksempel http://localhost:4444.")
  String grid;

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
