package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.API_COUNT;
import static no.dpifullmakt.altinn3.Altinn3Text.BACK_TO_LIST;
import static no.dpifullmakt.altinn3.Altinn3Text.DELETE_SUPPLIER;
import static no.dpifullmakt.altinn3.Altinn3Text.GIVE;
import static no.dpifullmakt.altinn3.Altinn3Text.NO_APIS;
import static no.dpifullmakt.altinn3.Altinn3Text.REMOVE_FOR;
import static no.dpifullmakt.altinn3.Altinn3Text.SUPPLIER_NOT_FOUND;

import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** A supplier's page: its name, "Fullmakt til N API", the APIs it has, "Gi fullmakt". */
public final class SupplierPage extends Page {

  private static final Target NAME = new Target(Role.HEADING, NameMatcher.any(), 1);

  private final Altinn3Texts texts;
  private final Target give;
  private final Target removeAny;

  /** What opening a supplier's page showed: the page, or Altinn's «Vi fant ikke leverandøren». */
  public sealed interface Lookup {}

  /** The supplier's page. */
  public record Found(SupplierPage page) implements Lookup {}

  /**
   * Altinn's «Vi fant ikke leverandøren»: not a supplier of the organisation (or a failed read).
   */
  public record NotFound(Ui ui, Altinn3Texts texts) implements Lookup {

    /** "Gå tilbake til oversikten". */
    public MaskinportenPage backToList() {
      ui.click(Target.link(texts.get(BACK_TO_LIST)));
      return new MaskinportenPage(ui, texts);
    }

    /** Loads the address again: one more read of the same page. */
    public Lookup readAgain() {
      ui.driver().navigate().refresh();
      return lookUp(ui, texts);
    }
  }

  SupplierPage(Ui ui, Altinn3Texts texts) {
    super(ui, count(texts));
    this.texts = texts;
    this.give = Target.button(texts.get(GIVE));
    this.removeAny = Target.of(Role.BUTTON, NameMatcher.startingWith(texts.get(REMOVE_FOR)));
  }

  /** "Fullmakt til N API". */
  private static Target count(Altinn3Texts texts) {
    return Target.of(Role.HEADING, NameMatcher.withNumber(texts.get(API_COUNT))).withLevel(2);
  }

  /** Waits until Altinn shows either the supplier's page or that it found no such supplier. */
  static Lookup lookUp(Ui ui, Altinn3Texts texts) {
    Target count = count(texts);
    String notFound = texts.get(SUPPLIER_NOT_FOUND);
    ui.waitFor(
        "at Altinn viser leverandørsiden («"
            + texts.get(API_COUNT).replace("{n}", "N")
            + "») eller «"
            + notFound
            + "»",
        () -> ui.shows(count) || ui.showsLineStartingWith(notFound));
    return ui.shows(count) ? new Found(new SupplierPage(ui, texts)) : new NotFound(ui, texts);
  }

  /** The supplier's name as Altinn shows it in the heading. */
  public String supplierName() {
    return ui.textOf(NAME);
  }

  /**
   * What the page says the supplier has, read once the list agrees with the heading: "Fullmakt til
   * N API" and N rows, or "Fullmakt til 0 API" and «Ingen fullmakter er lagt til ennå.». The
   * heading says 0 while the list is still loading, so 0 alone proves nothing.
   *
   * @throws no.dpifullmakt.web.ScreenChangedException when the list never agrees with the heading
   */
  public GivenApis givenApis() {
    GivenApis[] read = {null};
    String[] last = {""};
    try {
      ui.waitFor(
          "at lista over API viser like mange API som overskriften «"
              + texts.get(API_COUNT).replace("{n}", "N")
              + "» sier",
          () -> {
            GivenApis now = readNow();
            last[0] = now.describe();
            if (now.agrees()) {
              read[0] = now;
            }
            return read[0] != null;
          });
    } catch (no.dpifullmakt.web.ScreenChangedException e) {
      throw new no.dpifullmakt.web.UnreadableStateException(
          "at lista over API stemmer med overskriften (" + last[0] + ")", e);
    }
    return read[0];
  }

  /**
   * What the page says the supplier has, once the list agrees with the heading and shows what is
   * wanted; empty if it never does. The page reads its list anew after a change, and shows the old
   * one until the new one has come.
   */
  public Optional<GivenApis> givenApisOnceThey(java.util.function.Predicate<GivenApis> wanted) {
    GivenApis[] read = {null};
    try {
      ui.waitFor(
          "at lista over API viser endringen",
          () -> {
            GivenApis now = readNow();
            if (now.agrees() && wanted.test(now)) {
              read[0] = now;
            }
            return read[0] != null;
          });
    } catch (no.dpifullmakt.web.ScreenChangedException e) {
      return Optional.empty();
    }
    return Optional.of(read[0]);
  }

  private GivenApis readNow() {
    Optional<AccessibleElement> count = ui.findNow(count(texts));
    int n = count.map(c -> Integer.parseInt(c.name().replaceAll("\\D", ""))).orElse(-1);
    List<String> titles =
        ui.scan(removeAny).stream()
            .map(b -> b.name().substring(texts.get(REMOVE_FOR).length()))
            .toList();
    boolean saysEmpty = ui.showsLineStartingWith(texts.get(NO_APIS));
    return new GivenApis(n, titles, saysEmpty);
  }

  /** "Gi fullmakt" opens the dialog where APIs are chosen. */
  public GiveApiDialog openGiveDialog() {
    ui.click(give);
    return new GiveApiDialog(ui, texts);
  }

  /**
   * "Slett leverandør", confirmed in Altinn's question (a dialog without a name, which must name
   * this supplier); back to the supplier list.
   */
  public DeleteSupplierDialog startDeletingSupplier() {
    ui.click(Target.button(texts.get(DELETE_SUPPLIER)));
    return new DeleteSupplierDialog(ui, texts);
  }
}
