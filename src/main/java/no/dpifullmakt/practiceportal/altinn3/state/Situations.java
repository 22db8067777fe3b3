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
      Map.of(
          "altinn3-tolv-har-dpi",
          new Situation(
              "Tolv leverandører, blant dem Visma, KS og Digitaliseringsdirektoratet, har alle"
                  + " fullmakt til «Digital post til innbyggere». Øv på å kontrollere mange"
                  + " leverandører i én kjøring.",
              Situations::twelveWithDpi),
          "altinn3-tom",
          new Situation("Ingen leverandører er lagt til ennå.", book -> {}),
          "altinn3-standard",
          new Situation(
              "Utgangspunktet: de to leverandørene fra Altinns skjermbilder, Eksempel"
                  + " Systempartner AS og Testleverandor AS, med vanlige API. Ingen har fullmakt"
                  + " til «Digital post til innbyggere».",
              SeedState::seedSuppliers),
          "altinn3-visma-lagt-til",
          new Situation(
              "Visma Software International AS (980 858 073) er lagt til som leverandør, men har"
                  + " ikke fått fullmakt til noe API ennå. Øv på å gi fullmakt til «Digital post"
                  + " til innbyggere».",
              book -> seededWith(book, VISMA, false)),
          "altinn3-visma-har-dpi",
          new Situation(
              "Visma Software International AS (980 858 073) har allerede fullmakt til «Digital"
                  + " post til innbyggere». Øv på å kontrollere eller slette fullmakten.",
              book -> seededWith(book, VISMA, true)),
          "altinn3-ks-har-dpi",
          new Situation(
              "Kommunesektorens organisasjon (KS, 971 032 146) har allerede fullmakt til"
                  + " «Digital post til innbyggere». Øv på å kontrollere eller slette fullmakten.",
              book -> seededWith(book, KS, true)));

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
    SeedState.seedSuppliers(book);
    book.addSupplier(supplier);
    if (withDpi) {
      book.giveApi(supplier, DPI_API);
    }
  }

  private record Situation(String description, Consumer<SupplierBook> filling) {}
}
