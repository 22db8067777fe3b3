package no.dpifullmakt.cli;

/** The parts of the help every command shows: the environment variables and the exit codes. */
final class HelpTexts {

  private HelpTexts() {}

  static final String OVERVIEW =
      String.join(
          "%n",
          "dpi-fullmakt gir en leverandør rett til å sende digital post til innbyggere (DPI) på"
              + " vegne av virksomheten din, i Altinn.",
          "",
          "  dpi-fullmakt utfør        gi rettigheten (uten valg: Visma, i øvingsportalen)",
          "  dpi-fullmakt kontroller   kontroller at rettigheten er på plass; endrer ingenting",
          "  dpi-fullmakt fjern        fjern rettigheten",
          "  dpi-fullmakt øv           øv selv i øvingsportalen, i assistert modus",
          "",
          "Mer hjelp: «dpi-fullmakt hjelp», eller «dpi-fullmakt hjelp utfør» for valgene.",
          "");

  static final String ENVIRONMENT_VARIABLES =
      "Miljøvariabler:%n"
          + "  DPI_TESTID_FNR     fødselsnummeret til testpersonen (TestID) i tt02%n"
          + "  DPI_AKTOR          virksomheten det handles for, når den ikke er oppgitt%n"
          + "  DPI_DRIVER         stien til nettleserdriveren (for eksempel chromedriver)%n"
          + "  DPI_NETTLESER      stien til nettleserprogrammet%n"
          + "  DPI_SKJERMBILDER   «av» slår av skjermbildene i rapporten%n"
          + "  DPI_OVELSESPORTAL  adressen til en øvingsportal som allerede kjører%n";

  static final String EXIT_CODES =
      "Avslutningskoder:%n"
          + "  0  ferdig, eller kontrollert og på plass%n"
          + "  1  rettigheten mangler, Altinn avviste nummeret, eller et steg feilet%n"
          + "  2  feil i det du skrev eller i oppsettet; ingenting ble startet%n"
          + "  3  Altinn (eller øvingsportalen) svarer ikke, eller svarer med en feilside%n"
          + "  4  Altinns skjermbilder har endret seg%n"
          + "  5  stoppet av deg%n"
          + "  6  den som er logget inn, kan ikke gjøre dette for virksomheten%n";
}
