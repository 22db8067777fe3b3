package no.dpifullmakt.practiceportal.altinn3.state;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Named starting points for one acting organisation, for tests and practice. */
public final class Situations {

  public static final String VISMA = "980858073";
  public static final String KS = "971032146";
  public static final String DPI_API = "digdir-dpi-send";

  private static final Map<String, Consumer<SupplierBook>> BY_NAME =
      Map.of(
          "altinn3-tom", book -> {},
          "altinn3-standard", SeedState::seedSuppliers,
          "altinn3-visma-lagt-til", book -> seededWith(book, VISMA, false),
          "altinn3-visma-har-dpi", book -> seededWith(book, VISMA, true),
          "altinn3-ks-har-dpi", book -> seededWith(book, KS, true));

  private Situations() {}

  public static List<String> names() {
    return BY_NAME.keySet().stream().sorted().toList();
  }

  /**
   * Replaces the actor's suppliers with the named situation.
   *
   * @return false when the name is not an Altinn 3 situation
   */
  public static boolean apply(String name, SupplierBook book) {
    Consumer<SupplierBook> situation = BY_NAME.get(name);
    if (situation == null) {
      return false;
    }
    book.clear();
    situation.accept(book);
    return true;
  }

  private static void seededWith(SupplierBook book, String supplier, boolean withDpi) {
    SeedState.seedSuppliers(book);
    book.addSupplier(supplier);
    if (withDpi) {
      book.giveApi(supplier, DPI_API);
    }
  }
}
