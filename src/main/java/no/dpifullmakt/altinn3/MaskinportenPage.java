package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.ACTOR_ORGNR_PREFIX;
import static no.dpifullmakt.altinn3.Altinn3Text.ADD_SUPPLIER;
import static no.dpifullmakt.altinn3.Altinn3Text.MASKINPORTEN_HEADING;
import static no.dpifullmakt.altinn3.Altinn3Text.NO_HITS;
import static no.dpifullmakt.altinn3.Altinn3Text.NO_SUPPLIERS;
import static no.dpifullmakt.altinn3.Altinn3Text.ROW_ORGNR_PREFIX;
import static no.dpifullmakt.altinn3.Altinn3Text.SHOW_MORE;
import static no.dpifullmakt.altinn3.Altinn3Text.SUPPLIERS_TAB;
import static no.dpifullmakt.altinn3.Altinn3Text.SUPPLIER_SEARCH;

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

  private static final Target PANEL = Target.of(Role.TABPANEL, NameMatcher.any());
  private static final Target ROW = Target.of(Role.LISTITEM, NameMatcher.any());
  private static final Target LINK = Target.of(Role.LINK, NameMatcher.any());
  private static final int MOST_PAGES = 30;

  private final Altinn3Texts texts;
  private final Target actorLine;
  private final Target suppliersTab;
  private final Target search;
  private final Target addSupplier;
  private final Target showMore;

  MaskinportenPage(Ui ui, Altinn3Texts texts) {
    super(ui, heading(texts));
    this.texts = texts;
    this.actorLine =
        Target.of(Role.HEADING, NameMatcher.startingWith(texts.get(ACTOR_ORGNR_PREFIX)));
    this.suppliersTab = Target.tab(texts.get(SUPPLIERS_TAB));
    this.search = Target.searchbox(texts.get(SUPPLIER_SEARCH));
    // Older versions named the button after its icon too: «Legg til Legg til leverandør».
    this.addSupplier = Target.of(Role.BUTTON, NameMatcher.endingWith(texts.get(ADD_SUPPLIER)));
    this.showMore = Target.button(texts.get(SHOW_MORE));
  }

  /** "Maskinportenadministrasjon for <organisation>". */
  public static Target heading(Altinn3Texts texts) {
    return new Target(Role.HEADING, NameMatcher.startingWith(texts.get(MASKINPORTEN_HEADING)), 1);
  }

  /**
   * The organisation the page is for, from the line under the heading ("org.nr. 312 787 075
   * (hovedenhet)"), or from the heading itself in versions that put it there.
   */
  public Optional<OrganisationNumber> actingFor() {
    List<AccessibleElement> lines = new ArrayList<>(ui.findAll(actorLine));
    lines.addAll(ui.findAll(heading(texts)));
    for (AccessibleElement heading : lines) {
      String name = heading.name();
      String prefix = texts.get(ACTOR_ORGNR_PREFIX);
      int at = name.indexOf(prefix);
      if (at >= 0) {
        Optional<OrganisationNumber> orgnr = OrgNumberLine.read(name.substring(at), prefix);
        if (orgnr.isPresent()) {
          return orgnr;
        }
      }
    }
    return Optional.empty();
  }

  /** Makes sure the tab "Leverandører" is the one shown. */
  public MaskinportenPage showSuppliers() {
    Optional<AccessibleElement> tab = ui.findNow(suppliersTab);
    if (tab.isEmpty() || !"true".equals(tab.get().selected())) {
      ui.click(suppliersTab);
      ui.waitFor(
          "at fanen «" + texts.get(SUPPLIERS_TAB) + "» er valgt",
          () -> ui.findNow(suppliersTab).map(t -> "true".equals(t.selected())).orElse(false));
    }
    return this;
  }

  /**
   * Types the number in the list's "Søk", as a person looks for one supplier among many: the list
   * shows only some at a time.
   */
  public MaskinportenPage searchSupplier(OrganisationNumber orgnr) {
    ui.within(PANEL).type(search, orgnr.digits());
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
    for (int pages = 0; pages < MOST_PAGES && panel.shows(showMore); pages++) {
      panel.click(showMore);
    }
    SupplierList[] read = {null};
    panel.waitFor(
        "at leverandørlisten er lastet: at hver rad viser «"
            + texts.get(ROW_ORGNR_PREFIX)
            + " …», eller at siden sier at lista er tom",
        () -> (read[0] = readNow(panel)) != null);
    return read[0];
  }

  /** The list if every row on it is understood, or it says it is empty; else null. */
  private SupplierList readNow(Ui panel) {
    if (panel.shows(showMore)) {
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
        .filter(line -> line.equals(texts.get(NO_SUPPLIERS)) || line.startsWith(texts.get(NO_HITS)))
        .findFirst()
        .map(empty -> new SupplierList(List.of(), empty))
        .orElse(null);
  }

  /** A row is understood when its first line is a name and another shows the number. */
  private Optional<SupplierList.Row> understood(AccessibleElement item) {
    List<String> lines = item.lines();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Optional<OrganisationNumber> orgnr = OrgNumberLine.read(line, texts.get(ROW_ORGNR_PREFIX));
      if (orgnr.isPresent()) {
        return Optional.of(new SupplierList.Row(orgnr.get(), lines.get(0), line));
      }
    }
    return Optional.empty();
  }

  /** Opens the supplier's page from the one link in its row. */
  public SupplierPage.Lookup openSupplier(SupplierList.Row row) {
    ui.within(PANEL).within(Target.listItemShowing(row.orgnrLine())).click(LINK);
    return SupplierPage.lookUp(ui, texts);
  }

  /**
   * "Legg til leverandør". (With a search that finds nothing, Altinn shows the button twice; the
   * robot comes here from the supplier's own page, where the list is shown afresh.)
   */
  public AddSupplierDialog startAddingSupplier() {
    ui.within(PANEL).click(addSupplier);
    return new AddSupplierDialog(ui, texts);
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
    return SupplierPage.lookUp(ui, texts);
  }
}
