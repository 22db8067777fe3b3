package no.dpifullmakt.practiceportal.drift;

import java.util.List;
import java.util.Optional;

/** Every change the practice portal knows. The names are what tests and options use. */
public final class ChangeCatalogue {

  public static final String A3_BUTTON_RENAMED = "a3-knapp-omdopt";
  public static final String A3_TAB_RENAMED = "a3-fane-omdopt";
  public static final String A3_LINK_MOVED = "a3-lenke-flyttet";
  public static final String A3_BUTTON_DISABLED = "a3-knapp-deaktivert";
  public static final String A3_NEW_CONFIRMATION = "a3-ny-bekreftelse";
  public static final String A3_ERROR_TEXT_CHANGED = "a3-feiltekst-endret";
  public static final String A3_STEP_REMOVED = "a3-steg-fjernet";
  public static final String A3_EXTRA_STEP = "a3-ekstra-steg";
  public static final String A3_COSMETIC = "a3-kosmetisk";
  public static final String A3_DELETE_RENAMED = "a3-slett-omdopt";
  public static final String A3_ORGNR_RENAMED = "a3-orgnr-omdopt";
  public static final String A3_ROWS_CHANGED = "a3-rader-endret";
  public static final String A3_LOOKALIKE = "a3-forveksling";
  public static final String A2_BUTTON_RENAMED = "a2-knapp-omdopt";
  public static final String A2_TAB_RENAMED = "a2-fane-omdopt";
  public static final String A2_EXTRA_STEP = "a2-ekstra-steg";
  public static final String A2_COSMETIC = "a2-kosmetisk";
  public static final String A2_SECTIONS_RENAMED = "a2-seksjon-omdopt";
  public static final String A2_LOOK_ALIKE = "a2-forveksling";
  public static final String A2_REMOVE_RENAMED = "a2-fjern-omdopt";

  private static final String ALTINN2 = "altinn2";
  private static final String ALTINN3 = "altinn3";

  private static final List<Change> ALL =
      List.of(
          new Change(
              A3_BUTTON_RENAMED,
              ALTINN3,
              "Knappen «Legg til leverandør» heter «Ny leverandør» (dialogen heter det samme som før)."),
          new Change(A3_TAB_RENAMED, ALTINN3, "Fanen «Leverandører» heter «Leverandørar»."),
          new Change(
              A3_LINK_MOVED,
              ALTINN3,
              "Lenken «Maskinportenadministrasjon» er flyttet fra sidemenyen til toppmenyen."),
          new Change(
              A3_BUTTON_DISABLED,
              ALTINN3,
              "«Legg til virksomhet» forblir deaktivert også etter et vellykket oppslag."),
          new Change(
              A3_NEW_CONFIRMATION,
              ALTINN3,
              "«Gi fullmakt for <API>» åpner dialogen «Bekreft fullmakt»; bare «Bekreft» lagrer."),
          new Change(
              A3_ERROR_TEXT_CHANGED,
              ALTINN3,
              "Ukjent organisasjonsnummer gir «Organisasjonsnummeret finnes ikke i"
                  + " Enhetsregisteret.»"),
          new Change(
              A3_STEP_REMOVED,
              ALTINN3,
              "Leverandørsiden har ingen «Gi fullmakt»-knapp; API-søket står rett på siden."),
          new Change(
              A3_EXTRA_STEP,
              ALTINN3,
              "Etter «Legg til virksomhet» kommer «Vilkår for leverandører» med en avkrysning og"
                  + " «Fortsett»."),
          new Change(
              A3_COSMETIC,
              ALTINN3,
              "«Driftsstatus» i bunnen, ny tekst i statusbanneret og knappen «Skriv ut» på"
                  + " leverandørsiden."),
          new Change(
              A3_DELETE_RENAMED,
              ALTINN3,
              "Alle «Slett fullmakt for <API>» heter «Fjern fullmakt for <API>», og «Slett"
                  + " fullmakt» i detaljvisningen heter «Fjern fullmakt»."),
          new Change(
              A3_ORGNR_RENAMED,
              ALTINN3,
              "Andre linje i leverandør- og konsumentlistene er «Organisasjonsnummer: 980 858 073»"
                  + " i stedet for «Org.nr. 980 858 073»."),
          new Change(
              A3_ROWS_CHANGED,
              ALTINN3,
              "Leverandørsiden viser API-ene i en tabell (API, Tjenesteeier, Handlinger); sletting"
                  + " skjer med knappen «Flere valg» og menyvalget «Slett fullmakt»."),
          new Change(
              A3_LOOKALIKE,
              ALTINN3,
              "API-et «Digital post til innbyggere – lesetilgang» vises med tittelen «Digital post"
                  + " til innbyggere», akkurat som DPI-API-et."),
          new Change(
              A2_BUTTON_RENAMED,
              ALTINN2,
              "«Neste» i «Legge til ny person eller virksomhet» heter «Gå videre»."),
          new Change(A2_TAB_RENAMED, ALTINN2, "Fanen «Ekstern virksomhet» heter «Virksomhet»."),
          new Change(
              A2_EXTRA_STEP,
              ALTINN2,
              "Etter «Neste» kommer siden «Bekreft rettighetshaver» med knappen «Bekreft»."),
          new Change(
              A2_COSMETIC,
              ALTINN2,
              "Innboksen heter «Din innboks», og toppen har lenken «Personvern»."),
          new Change(
              A2_SECTIONS_RENAMED,
              ALTINN2,
              "«Har tilgang til disse N enkelttjenestene» heter «Enkelttjenester (N)» («Også"
                  + " enkelttjenester (N)» etter rollene)."),
          new Change(
              A2_LOOK_ALIKE,
              ALTINN2,
              "Tjenesten fra Norsk helsenett SF som ligner DPI-rettigheten, heter nøyaktig det"
                  + " samme: «Delegere rettighet til å sende DPI-meldinger på vegne av"
                  + " virksomheten»."),
          new Change(
              A2_REMOVE_RENAMED,
              ALTINN2,
              "«Fjern» ved hver rettighet på siden for å fjerne rettigheter heter «Slett»."));

  private ChangeCatalogue() {}

  public static List<Change> all() {
    return ALL;
  }

  public static Optional<Change> byName(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The refusal for a name that is not in the catalogue. */
  static String unknown(String name) {
    return "Ukjent endring: "
        + name
        + ". Kjente endringer: "
        + String.join(", ", ALL.stream().map(Change::name).toList())
        + ".";
  }
}
