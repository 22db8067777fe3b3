package no.dpifullmakt.altinn3;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** "Maskinportenadministrasjon for <organisation>", tab "Leverandører". */
public final class MaskinportenPage extends Page {

  static final Target HEADING =
      new Target(Role.HEADING, NameMatcher.startingWith(Altinn3Texts.MASKINPORTEN_HEADING), 1);
  private static final Target ACTOR_LINE =
      Target.of(Role.HEADING, NameMatcher.startingWith(Altinn3Texts.ACTOR_ORGNR_PREFIX));
  private static final Target SUPPLIERS = Target.tab(Altinn3Texts.SUPPLIERS_TAB);
  private static final Target PANEL = Target.of(Role.TABPANEL, NameMatcher.any());
  private static final Target SEARCH = Target.searchbox(Altinn3Texts.SUPPLIER_SEARCH);
  // Older versions named the button after its icon too: «Legg til Legg til leverandør».
  private static final Target ADD_SUPPLIER =
      Target.of(Role.BUTTON, NameMatcher.endingWith(Altinn3Texts.ADD_SUPPLIER));
  private static final Target SHOW_MORE = Target.button(Altinn3Texts.SHOW_MORE);
  private static final Target ROW = Target.of(Role.LISTITEM, NameMatcher.any());
  private static final Target LINK = Target.of(Role.LINK, NameMatcher.any());
  private static final int MOST_PAGES = 30;

  MaskinportenPage(Ui ui) {
    super(ui, HEADING);
  }

  /**
   * The organisation the page is for, from the line under the heading ("org.nr. 312 787 075
   * (hovedenhet)"), or from the heading itself in versions that put it there.
   */
  public Optional<OrganisationNumber> actingFor() {
    List<AccessibleElement> lines = new ArrayList<>(ui.findAll(ACTOR_LINE));
    lines.addAll(ui.findAll(HEADING));
    for (AccessibleElement heading : lines) {
      String name = heading.name();
      int at = name.indexOf(Altinn3Texts.ACTOR_ORGNR_PREFIX);
      if (at >= 0) {
        Optional<OrganisationNumber> orgnr =
            OrgNumberLine.read(name.substring(at), Altinn3Texts.ACTOR_ORGNR_PREFIX);
        if (orgnr.isPresent()) {
          return orgnr;
        }
      }
    }
    return Optional.empty();
  }

  /** Makes sure the tab "Leverandører" is the one shown. */
  public MaskinportenPage showSuppliers() {
    Optional<AccessibleElement> tab = ui.findNow(SUPPLIERS);
    if (tab.isEmpty() || !"true".equals(tab.get().selected())) {
      ui.click(SUPPLIERS);
      ui.waitFor(
          "at fanen «" + Altinn3Texts.SUPPLIERS_TAB + "» er valgt",
          () -> ui.findNow(SUPPLIERS).map(t -> "true".equals(t.selected())).orElse(false));
    }
    return this;
  }

  /**
   * Types the number in the list's "Søk", as a person looks for one supplier among many: the list
   * shows only some at a time.
   */
  public MaskinportenPage searchSupplier(OrganisationNumber orgnr) {
    ui.within(PANEL).type(SEARCH, orgnr.digits());
    return this;
  }

  /**
   * Reads the supplier list once every row on it is understood, after "Se mer" until all are shown;
   * or once the page says that it is empty.
   *
   * @throws ScreenChangedException when rows stay that show no organisation number, or the list
   *     neither shows rows nor says it is empty
   */
  public SupplierList suppliers() {
    Ui panel = ui.within(PANEL);
    for (int pages = 0; pages < MOST_PAGES && panel.shows(SHOW_MORE); pages++) {
      panel.click(SHOW_MORE);
    }
    SupplierList[] read = {null};
    panel.waitFor(
        "at leverandørlisten er lastet: at hver rad viser «"
            + Altinn3Texts.ROW_ORGNR_PREFIX
            + " …», eller at siden sier at lista er tom",
        () -> (read[0] = readNow(panel)) != null);
    return read[0];
  }

  /** The list if every row on it is understood, or it says it is empty; else null. */
  private static SupplierList readNow(Ui panel) {
    if (panel.shows(SHOW_MORE)) {
      return null;
    }
    List<SupplierList.Row> rows = new ArrayList<>();
    for (AccessibleElement item : panel.findAll(ROW)) {
      Optional<SupplierList.Row> row = understood(item);
      if (row.isEmpty()) {
        return null;
      }
      rows.add(row.get());
    }
    if (!rows.isEmpty()) {
      return new SupplierList(rows, null);
    }
    return panel.lines().stream()
        .filter(
            line -> line.equals(Altinn3Texts.NO_SUPPLIERS) || line.startsWith(Altinn3Texts.NO_HITS))
        .findFirst()
        .map(empty -> new SupplierList(List.of(), empty))
        .orElse(null);
  }

  /** A row is understood when its first line is a name and another shows the number. */
  private static Optional<SupplierList.Row> understood(AccessibleElement item) {
    List<String> lines = item.lines();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<OrganisationNumber> orgnr = OrgNumberLine.read(line, Altinn3Texts.ROW_ORGNR_PREFIX);
      if (orgnr.isPresent()) {
        return Optional.of(new SupplierList.Row(orgnr.get(), lines.get(0), line));
      }
    }
    return Optional.empty();
  }

  /** Opens the supplier's page from the one link in its row. */
  public SupplierPage.Lookup openSupplier(SupplierList.Row row) {
    ui.within(PANEL).within(Target.listItemShowing(row.orgnrLine())).click(LINK);
    return SupplierPage.lookUp(ui);
  }

  /**
   * "Legg til leverandør". (With a search that finds nothing, Altinn shows the button twice; the
   * robot comes here from the supplier's own page, where the list is shown afresh.)
   */
  public AddSupplierDialog startAddingSupplier() {
    ui.within(PANEL).click(ADD_SUPPLIER);
    return new AddSupplierDialog(ui);
  }

  /**
   * Opens the supplier's own page at its address, next to the list's: the second read that confirms
   * a supplier is not there.
   */
  public SupplierPage.Lookup openSupplierAddress(OrganisationNumber orgnr) {
    String here = ui.driver().getCurrentUrl();
    int cut = here.indexOf('#');
    String page = cut < 0 ? here : here.substring(0, cut);
    int query = page.indexOf('?');
    page = query < 0 ? page : page.substring(0, query);
    ui.open(page.replaceAll("/+$", "") + "/supplier/" + orgnr.digits());
    return SupplierPage.lookUp(ui);
  }
}
