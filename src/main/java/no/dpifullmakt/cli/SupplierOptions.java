package no.dpifullmakt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which suppliers to act on: every command that gives, checks or removes takes these. */
final class SupplierOptions {

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
          "Minst de 4 første bokstavene i leverandørens navn, ett per --orgnr, i samme"
              + " rekkefølge. Kan utelates for Visma, KS og Digdir.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--leverandorer",
      paramLabel = "FIL",
      description =
          "En CSV-fil med én leverandør per linje: organisasjonsnummer og navn (minst 4"
              + " bokstaver), skilt med komma eller semikolon. En overskriftslinje er lov.")
  Path supplierFile;
}
