package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Named starting points for one acting organisation, for tests and practice. */
public final class Situations {

  public static final String VISMA = "980858073";
  public static final String KS = "971032146";
  public static final String DPI_API = "digdir-dpi-send";

  /**
   * The look-alike: "Digital post til innbyggere – lesetilgang", scope digitalpostinnbygger:les.
   */
  public static final String DPI_READ_API = "digdir-dpi-les";

  /** Two ordinary Digdir APIs that are not DPI. */
  private static final List<String> TWO_OTHERS =
      List.of("digdir-krr-oppslag", "digdir-dpv-dpo-send");

  /**
   * Twelve made-up suppliers whose names sort before "Visma Software International AS", so Visma is
   * not among the ten the supplier list shows at first. None is an actor anyone administers
   * Maskinporten for.
   */
  public static final List<String> TWELVE_BEFORE_VISMA =
      List.of(
          SeedState.EKSEMPEL_SYSTEMPARTNER,
          SeedState.TESTLEVERANDOR,
          "317601891",
          "317114710",
          "312319489",
          "319378650",
          "315559790",
          "317975430",
          "317574916",
          "310308242",
          "315181909",
          "311862529");

  /** Twelve organisations that all send digital post for the actor: a supplier's busy night. */
  public static final List<String> TWELVE_SUPPLIERS =
      List.of(
          "980858073",
          "971032146",
          "991825827",
          "312605031",
          "910753614",
          "313909964",
          "310308242",
          "318219931",
          "315181909",
          "319378650",
          "317975430",
          "312319489");

  private static final Map<String, Situation> BY_NAME =
      Map.ofEntries(
          situation(
              "altinn3-tolv-har-dpi",
              "Tolv leverandører, blant dem Visma, KS og Digitaliseringsdirektoratet, har alle"
                  + " fullmakt til «Digital post til innbyggere». Øv på å kontrollere mange"
                  + " leverandører i én kjøring.",
              Situations::twelveWithDpi),
          situation("altinn3-tom", "Ingen leverandører er lagt til ennå.", book -> {}),
          situation(
              "altinn3-standard",
              "Utgangspunktet: de to leverandørene fra Altinns skjermbilder, Eksempel"
                  + " Systempartner AS og Testleverandor AS, med vanlige API. Ingen har fullmakt"
                  + " til «Digital post til innbyggere».",
              SeedState::seedSuppliers),
          situation(
              "altinn3-visma-lagt-til",
              "Visma Software International AS (980 858 073) er lagt til som leverandør, men har"
                  + " ikke fått fullmakt til noe API ennå. Øv på å gi fullmakt til «Digital post"
                  + " til innbyggere».",
              book -> seededWith(book, VISMA, false)),
          situation(
              "altinn3-visma-har-dpi",
              "Visma Software International AS (980 858 073) har allerede fullmakt til «Digital"
                  + " post til innbyggere». Øv på å kontrollere eller slette fullmakten.",
              book -> seededWith(book, VISMA, true)),
          situation(
              "altinn3-ks-har-dpi",
              "Kommunesektorens organisasjon (KS, 971 032 146) har allerede fullmakt til"
                  + " «Digital post til innbyggere». Øv på å kontrollere eller slette fullmakten.",
              book -> seededWith(book, KS, true)),
          situation(
              "altinn3-visma-har-dpi-les",
              "Visma Software International AS (980 858 073) har fullmakt til «Digital post til"
                  + " innbyggere – lesetilgang» (digitalpostinnbygger:les), men ikke til «Digital"
                  + " post til innbyggere». Øv på å se forskjell på API med nesten samme navn.",
              book -> seededWith(book, VISMA, List.of(DPI_READ_API))),
          situation(
              "altinn3-visma-har-dpi-og-to-andre",
              "Visma Software International AS (980 858 073) har fullmakt til «Digital post til"
                  + " innbyggere» og to andre API fra Digitaliseringsdirektoratet. Øv på å finne"
                  + " og slette akkurat den ene fullmakten.",
              book ->
                  seededWith(book, VISMA, List.of(TWO_OTHERS.get(0), DPI_API, TWO_OTHERS.get(1)))),
          situation(
              "altinn3-visma-har-to-andre",
              "Visma Software International AS (980 858 073) har fullmakt til to andre API fra"
                  + " Digitaliseringsdirektoratet, men ikke til «Digital post til innbyggere».",
              book -> seededWith(book, VISMA, TWO_OTHERS)),
          situation(
              "altinn3-mange-leverandorer",
              "Tretten leverandører. Visma Software International AS (980 858 073), som har"
                  + " fullmakt til «Digital post til innbyggere», står sist, og lista viser ti om"
                  + " gangen. Øv på å søke eller bruke «Se mer».",
              Situations::manyBeforeVisma));

  private Situations() {}

  public static List<String> names() {
    return BY_NAME.keySet().stream().sorted().toList();
  }

  /** What the named situation looks like, in Norwegian; empty when it is not an Altinn 3 one. */
  public static Optional<String> describe(String name) {
    return Optional.ofNullable(BY_NAME.get(name)).map(Situation::description);
  }

  /**
   * Replaces the actor's suppliers with the named situation.
   *
   * @return false when the name is not an Altinn 3 situation
   */
  public static boolean apply(String name, SupplierBook book) {
    Situation situation = BY_NAME.get(name);
    if (situation == null) {
      return false;
    }
    book.replace(situation.filling());
    return true;
  }

  private static void twelveWithDpi(SupplierBook book) {
    SeedState.seedSuppliers(book);
    for (String supplier : TWELVE_SUPPLIERS) {
      book.addSupplier(supplier);
      book.giveApi(supplier, DPI_API);
    }
  }

  private static void seededWith(SupplierBook book, String supplier, boolean withDpi) {
    seededWith(book, supplier, withDpi ? List.of(DPI_API) : List.of());
  }

  private static void seededWith(SupplierBook book, String supplier, List<String> apis) {
    SeedState.seedSuppliers(book);
    book.addSupplier(supplier);
    apis.forEach(api -> book.giveApi(supplier, api));
  }

  private static void manyBeforeVisma(SupplierBook book) {
    SeedState.seedSuppliers(book);
    TWELVE_BEFORE_VISMA.forEach(book::addSupplier);
    book.addSupplier(VISMA);
    book.giveApi(VISMA, DPI_API);
  }

  private static Map.Entry<String, Situation> situation(
      String name, String description, Consumer<SupplierBook> filling) {
    return Map.entry(name, new Situation(description, filling));
  }

  private record Situation(String description, Consumer<SupplierBook> filling) {}
}
