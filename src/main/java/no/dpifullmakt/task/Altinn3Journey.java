package no.dpifullmakt.task;

import java.util.Collections;
import java.util.List;
import no.dpifullmakt.altinn3.AccessManagementPage;
import no.dpifullmakt.altinn3.AddSupplierDialog;
import no.dpifullmakt.altinn3.GiveApiDialog;
import no.dpifullmakt.altinn3.MaskinportenPage;
import no.dpifullmakt.altinn3.SupplierPage;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Ui;

/**
 * Today's procedure in Altinn 3: Maskinportenadministrasjon, a supplier, an API. Before any change
 * it reads the current state from the page: a supplier already in the list is opened, not added
 * again; an API already given is reported, not given again.
 */
public final class Altinn3Journey {

  private final RobotSession session;
  private final Ui ui;

  private AccessManagementPage start;
  private MaskinportenPage maskinporten;
  private AddSupplierDialog addDialog;
  private SupplierPage supplierPage;
  private GiveApiDialog giveDialog;

  private OrganisationNumber supplier;
  private String supplierName;
  private boolean alreadySupplier;
  private boolean notListed;
  private List<String> givenWhenOpened = List.of();
  private Outcome.Kind settled;
  private PortalRefusedException refusal;

  public Altinn3Journey(RobotSession session) {
    this.session = session;
    this.ui = session.ui();
  }

  public void logIn() {
    session.logIn(Generation.ALTINN3);
    start = new AccessManagementPage(ui);
  }

  public void openMaskinporten() {
    maskinporten = start.openMaskinporten().showSuppliers();
  }

  /** Opens the supplier if the list has it already; notes that it is there. */
  public void openSupplierIfListed(OrganisationNumber orgnr) {
    supplier = orgnr;
    if (!maskinporten.listsSupplier(orgnr)) {
      notListed = true;
      return;
    }
    alreadySupplier = true;
    openedSupplier(maskinporten.openSupplier(orgnr));
    session
        .notes()
        .add(supplierName + " står allerede som leverandør – roboten legger den ikke til på nytt.");
  }

  public void startAddingSupplier() {
    if (skippingAdd()) {
      return;
    }
    addDialog = maskinporten.startAddingSupplier();
  }

  public void enterOrganisationNumber(OrganisationNumber orgnr) {
    supplier = orgnr;
    if (skippingAdd()) {
      return;
    }
    try {
      addDialog.enterOrganisationNumber(orgnr);
    } catch (PortalRefusedException e) {
      refusal = e;
      throw e;
    }
  }

  /** Types a number the robot expects Altinn to refuse, and keeps Altinn's answer. */
  public void tryOrganisationNumber(OrganisationNumber orgnr) {
    try {
      enterOrganisationNumber(orgnr);
    } catch (PortalRefusedException expected) {
      session.notes().add(expected.getMessage());
    }
  }

  /** Checks that the organisation Altinn found is the one the person meant. */
  public void checkFoundName(SupplierName expected) {
    if (skippingAdd()) {
      return;
    }
    String found = addDialog.foundName();
    if (!expected.matches(found)) {
      throw new NameMismatchException(
          "Altinn fant «"
              + found
              + "» under "
              + supplier.grouped()
              + ", men navnet skulle begynne med «"
              + expected
              + "». Roboten legger ikke til leverandøren.");
    }
  }

  public void addOrganisation() {
    if (skippingAdd()) {
      return;
    }
    openedSupplier(addDialog.add());
  }

  public void openGiveDialog() {
    giveDialog = supplierPage.openGiveDialog();
  }

  public void searchApi(String query) {
    giveDialog.search(query);
  }

  /** "Gi fullmakt for <API>", unless the supplier has it already. */
  public void give(String api) {
    if (givenWhenOpened.contains(api) || giveDialog != null && giveDialog.alreadyGiven(api)) {
      settle(Outcome.Kind.ALREADY_IN_PLACE, api);
      session
          .notes()
          .add(supplierName + " har allerede fullmakt til «" + api + "» – allerede gitt.");
      return;
    }
    giveDialog.give(api);
    settle(Outcome.Kind.GIVEN, api);
  }

  public void closeDialog() {
    if (giveDialog == null) {
      session.notes().add("Hopper over dette steget: dialogen ble ikke åpnet.");
      return;
    }
    supplierPage = giveDialog.close();
    giveDialog = null;
  }

  /** "Slett fullmakt for <API>", if the supplier has it. */
  public void revoke(String api) {
    if (notListed || !givenWhenOpened.contains(api)) {
      settle(Outcome.Kind.NOTHING_TO_REMOVE, api);
      session
          .notes()
          .add(displayName() + " har ikke fullmakt til «" + api + "» – ingenting å fjerne.");
      return;
    }
    supplierPage.revoke(api);
    settle(Outcome.Kind.REMOVED, api);
  }

  /** "Slett leverandør", but only when the supplier has no API left. */
  public void deleteSupplierIfEmpty() {
    if (notListed || supplierPage == null) {
      return;
    }
    if (!supplierPage.givenApis().isEmpty()) {
      session.notes().add(displayName() + " har andre fullmakter og står fortsatt som leverandør.");
      return;
    }
    maskinporten = supplierPage.deleteSupplier();
    supplierPage = null;
  }

  /** Reads from the page, afresh from the menu, how many times the supplier has the API. */
  public int timesGiven(OrganisationNumber orgnr, String api) {
    MaskinportenPage list =
        AccessManagementPage.closingAnyDialog(ui).openMaskinporten().showSuppliers();
    if (!list.listsSupplier(orgnr)) {
      return 0;
    }
    SupplierPage page = list.openSupplier(orgnr);
    return Collections.frequency(page.givenApis(), api);
  }

  public void recordCheck(OrganisationNumber orgnr, String api, boolean given) {
    if (settled == null) {
      RunJournal.record(
          new Outcome(
              given ? Outcome.Kind.VERIFIED : Outcome.Kind.MISSING,
              orgnr,
              orgnr.equals(supplier) ? displayName() : orgnr.grouped(),
              api));
    }
  }

  public boolean foundAlreadyInPlace() {
    return settled == Outcome.Kind.ALREADY_IN_PLACE;
  }

  public boolean foundAlreadySupplier() {
    return alreadySupplier;
  }

  public PortalRefusedException refusal() {
    return refusal;
  }

  private void openedSupplier(SupplierPage page) {
    supplierPage = page;
    supplierName = page.supplierName();
    session.witness().dataValue(StepWitness.SUPPLIER, supplierName);
    givenWhenOpened = page.givenApis();
  }

  private boolean skippingAdd() {
    if (alreadySupplier) {
      session.notes().add("Hopper over dette steget: leverandøren er allerede lagt til.");
      return true;
    }
    return false;
  }

  private void settle(Outcome.Kind kind, String api) {
    settled = kind;
    RunJournal.record(new Outcome(kind, supplier, displayName(), api));
  }

  private String displayName() {
    return supplierName != null ? supplierName : supplier.grouped();
  }
}
