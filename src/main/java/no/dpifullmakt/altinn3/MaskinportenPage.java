package no.dpifullmakt.altinn3;

import java.util.Optional;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** "Maskinportenadministrasjon for <organisation>", tab "Leverandører". */
public final class MaskinportenPage extends Page {

  private static final Target HEADING =
      new Target(Role.HEADING, NameMatcher.startingWith(Altinn3Texts.MASKINPORTEN_HEADING), 1);
  private static final Target SUPPLIERS = Target.tab(Altinn3Texts.SUPPLIERS_TAB);
  private static final Target ADD_SUPPLIER = Target.button(Altinn3Texts.ADD_SUPPLIER);

  MaskinportenPage(Ui ui) {
    super(ui, HEADING);
    // The supplier list arrives after an API call; until then, absence means nothing.
    ui.find(ADD_SUPPLIER);
    ui.waitUntilGone(Altinn3Loading.SPINNER);
  }

  /** Makes sure the tab "Leverandører" is the one shown. */
  public MaskinportenPage showSuppliers() {
    Optional<AccessibleElement> tab = ui.findNow(SUPPLIERS);
    if (tab.isEmpty() || !"true".equals(tab.get().selected())) {
      ui.click(SUPPLIERS);
      ui.find(ADD_SUPPLIER);
      ui.waitUntilGone(Altinn3Loading.SPINNER);
    }
    return this;
  }

  /** Whether the organisation is already in the list of suppliers. */
  public boolean listsSupplier(OrganisationNumber orgnr) {
    return ui.shows(supplierLink(orgnr));
  }

  /** Opens the supplier's page from its link "<name> Org.nr. 980 858 073". */
  public SupplierPage openSupplier(OrganisationNumber orgnr) {
    ui.click(supplierLink(orgnr));
    return new SupplierPage(ui);
  }

  /** "Legg til leverandør". */
  public AddSupplierDialog startAddingSupplier() {
    ui.click(ADD_SUPPLIER);
    return new AddSupplierDialog(ui);
  }

  static Target supplierLink(OrganisationNumber orgnr) {
    return Target.of(
        Role.LINK, NameMatcher.endingWith(Altinn3Texts.ORGNR_PREFIX + orgnr.grouped()));
  }
}
