package no.dpifullmakt.task;

import java.util.Collections;
import java.util.List;
import no.dpifullmakt.altinn3.AccessManagementPage;
import no.dpifullmakt.altinn3.AddSupplierDialog;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.altinn3.GiveApiDialog;
import no.dpifullmakt.altinn3.MaskinportenPage;
import no.dpifullmakt.altinn3.SupplierPage;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Target;

/**
 * Today's procedure in Altinn 3: Maskinportenadministrasjon, a supplier, an API. Before any change
 * it reads the current state from the page: a supplier already in the list is opened, not added
 * again; an API already given is reported, not given again. When Altinn answers a change with an
 * error, the robot reads what was stored before it does anything more.
 */
public final class Altinn3Journey extends Journey {

  private AccessManagementPage start;
  private MaskinportenPage maskinporten;
  private AddSupplierDialog addDialog;
  private SupplierPage supplierPage;
  private GiveApiDialog giveDialog;

  private OrganisationNumber supplier;
  private String supplierName;
  private String lastSearch;
  private boolean alreadySupplier;
  private boolean notListed;
  private String confirmedApi;
  private List<String> givenWhenOpened = List.of();
  private Outcome.Kind settled;
  private PortalRefusedException refusal;

  public Altinn3Journey(RobotSession session) {
    super(session);
  }

  @Override
  Generation generation() {
    return Generation.ALTINN3;
  }

  @Override
  Target landed() {
    return AccessManagementPage.LANDED;
  }

  @Override
  void startOver() {
    start = new AccessManagementPage(ui);
    maskinporten = null;
    addDialog = null;
    supplierPage = null;
    giveDialog = null;
    alreadySupplier = false;
    notListed = false;
  }

  public void openMaskinporten() {
    step(
        () -> {
          session.explain(Altinn3Guidance.MASKINPORTEN);
          maskinporten = start.openMaskinporten().showSuppliers();
        });
  }

  /** Opens the supplier if the list has it already; notes that it is there. */
  public void openSupplierIfListed(OrganisationNumber orgnr) {
    step(
        () -> {
          session.explain(Altinn3Guidance.FIND_SUPPLIER);
          supplier = orgnr;
          if (!maskinporten.listsSupplier(orgnr)) {
            notListed = true;
            return;
          }
          notListed = false;
          alreadySupplier = true;
          openedSupplier(maskinporten.openSupplier(orgnr));
          note(
              supplierName
                  + " står allerede som leverandør – roboten legger den ikke til på nytt.");
        });
  }

  public void startAddingSupplier() {
    step(
        () -> {
          session.explain(Altinn3Guidance.ADD);
          if (!skippingAdd()) {
            addDialog = maskinporten.startAddingSupplier();
          }
        });
  }

  public void enterOrganisationNumber(OrganisationNumber orgnr) {
    step(
        () -> {
          session.explain(Altinn3Guidance.ORGNR);
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
        });
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
    step(
        () -> {
          session.explain(Altinn3Guidance.NAME);
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
          supplierName = found;
        });
  }

  public void addOrganisation() {
    step(
        () -> {
          session.explain(Altinn3Guidance.ADD_ORGANISATION);
          if (skippingAdd()) {
            return;
          }
          confirmAddingAndGiving();
          addOnce(true);
        });
  }

  /**
   * Adding the supplier is the first change, so assisted mode asks here, once for both changes: the
   * person decides before anything in Altinn is touched.
   */
  private void confirmAddingAndGiving() {
    session.confirm(
        "Legge til "
            + supplierNamed()
            + " som leverandør og gi den "
            + powerOfAttorney(Altinn3Texts.DPI_API)
            + "?");
    confirmedApi = Altinn3Texts.DPI_API;
  }

  /** «Visma Software International AS (980 858 073)». */
  private String supplierNamed() {
    return displayName() + " (" + supplier.grouped() + ")";
  }

  /** «fullmakt til API-et «…» på vegne av virksomheten 315 260 183». */
  private String powerOfAttorney(String api) {
    return "fullmakt til API-et «"
        + api
        + "» på vegne av virksomheten "
        + session.settings().actor().grouped();
  }

  private void addOnce(boolean mayTryAgain) {
    try {
      session.change(
          "legge til " + supplier.grouped() + " som leverandør",
          () -> openedSupplier(addDialog.add()));
      recordSupplierAdded();
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten ser etter om leverandøren ble lagt til.");
      MaskinportenPage list = freshSupplierList();
      if (list.listsSupplier(supplier)) {
        openedSupplier(list.openSupplier(supplier));
        recordSupplierAdded();
        note("Leverandøren ble lagt til.");
      } else if (mayTryAgain) {
        note("Leverandøren ble ikke lagt til. Roboten prøver én gang til.");
        addDialog = list.startAddingSupplier();
        addDialog.enterOrganisationNumber(supplier);
        addOnce(false);
      } else {
        throw lost;
      }
    }
  }

  private void recordSupplierAdded() {
    RunJournal.changeMade(supplierNamed() + " lagt til som leverandør");
  }

  public void openGiveDialog() {
    step(
        () -> {
          session.explain(Altinn3Guidance.GIVE);
          giveDialog = supplierPage.openGiveDialog();
        });
  }

  public void searchApi(String query) {
    step(
        () -> {
          session.explain(Altinn3Guidance.SEARCH);
          lastSearch = query;
          giveDialog.search(query);
        });
  }

  /** "Gi fullmakt for <API>", unless the supplier has it already. */
  public void give(String api) {
    step(
        () -> {
          session.explain(Altinn3Guidance.GIVE_API);
          if (givenWhenOpened.contains(api) || giveDialog.alreadyGiven(api)) {
            settle(Outcome.Kind.ALREADY_IN_PLACE, api);
            note(supplierName + " har allerede fullmakt til «" + api + "» – allerede gitt.");
            return;
          }
          if (!api.equals(confirmedApi)) {
            session.confirm("Gi " + supplierNamed() + " " + powerOfAttorney(api) + "?");
          }
          giveOnce(api, true);
        });
  }

  private void giveOnce(String api, boolean mayTryAgain) {
    try {
      session.change(
          "gi " + displayName() + " fullmakt til «" + api + "»", () -> giveDialog.give(api));
      settle(Outcome.Kind.GIVEN, api);
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten leser hva som faktisk ble lagret, før den gjør noe mer.");
      giveDialog = null;
      openedSupplier(freshSupplierList().openSupplier(supplier));
      if (givenWhenOpened.contains(api)) {
        note("Fullmakten ble lagret.");
        settle(Outcome.Kind.GIVEN, api);
      } else if (mayTryAgain) {
        note("Fullmakten ble ikke lagret. Roboten prøver én gang til.");
        giveDialog = supplierPage.openGiveDialog();
        giveDialog.search(lastSearch);
        giveOnce(api, false);
      } else {
        throw lost;
      }
    }
  }

  public void closeDialog() {
    step(
        () -> {
          session.explain(Altinn3Guidance.CLOSE);
          if (giveDialog == null) {
            note("Dialogen er allerede lukket.");
            return;
          }
          supplierPage = giveDialog.close();
          giveDialog = null;
        });
  }

  /** "Slett fullmakt for <API>", if the supplier has it. */
  public void revoke(String api) {
    step(
        () -> {
          session.explain(Altinn3Guidance.REVOKE);
          if (notListed || !givenWhenOpened.contains(api)) {
            settle(Outcome.Kind.NOTHING_TO_REMOVE, api);
            note(displayName() + " har ikke fullmakt til «" + api + "» – ingenting å fjerne.");
            return;
          }
          session.confirm("Fjerne fullmakten til «" + api + "» fra " + displayName() + "?");
          revokeOnce(api, true);
        });
  }

  private void revokeOnce(String api, boolean mayTryAgain) {
    try {
      session.change(
          "fjerne fullmakten til «" + api + "» fra " + displayName(),
          () -> supplierPage.revoke(api));
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten ser etter om fullmakten ble slettet.");
      openedSupplier(freshSupplierList().openSupplier(supplier));
      if (givenWhenOpened.contains(api) && mayTryAgain) {
        note("Fullmakten står der fortsatt. Roboten prøver én gang til.");
        revokeOnce(api, false);
        return;
      } else if (givenWhenOpened.contains(api)) {
        throw lost;
      }
      note("Fullmakten ble slettet.");
    }
    settle(Outcome.Kind.REMOVED, api);
  }

  /** "Slett leverandør", but only when the supplier has no API left. */
  public void deleteSupplierIfEmpty() {
    step(
        () -> {
          session.explain(Altinn3Guidance.DELETE_SUPPLIER);
          if (notListed || supplierPage == null) {
            return;
          }
          if (!supplierPage.givenApis().isEmpty()) {
            note(displayName() + " har andre fullmakter og står fortsatt som leverandør.");
            return;
          }
          session.confirm(
              "Slette " + displayName() + " som leverandør? Den har ingen fullmakter igjen.");
          maskinporten = supplierPage.deleteSupplier();
          supplierPage = null;
        });
  }

  /** Reads from the page, afresh from the menu, how many times the supplier has the API. */
  public int timesGiven(OrganisationNumber orgnr, String api) {
    return readAfresh(
        () -> {
          MaskinportenPage list = freshSupplierList();
          if (!list.listsSupplier(orgnr)) {
            return 0;
          }
          SupplierPage page = list.openSupplier(orgnr);
          return Collections.frequency(page.givenApis(), api);
        });
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

  private MaskinportenPage freshSupplierList() {
    maskinporten = AccessManagementPage.closingAnyDialog(ui).openMaskinporten().showSuppliers();
    return maskinporten;
  }

  private void openedSupplier(SupplierPage page) {
    supplierPage = page;
    supplierName = page.supplierName();
    session.witness().dataValue(StepWitness.SUPPLIER, supplierName);
    givenWhenOpened = page.givenApis();
  }

  private boolean skippingAdd() {
    if (alreadySupplier) {
      note("Hopper over dette steget: leverandøren er allerede lagt til.");
      return true;
    }
    return false;
  }

  /** A note for the person; while the robot walks its steps again, it keeps quiet. */
  private void note(String text) {
    if (!replaying()) {
      session.notes().add(text);
    }
  }

  /** The first outcome counts: walking the steps again after a new login changes nothing. */
  private void settle(Outcome.Kind kind, String api) {
    if (settled != null) {
      return;
    }
    settled = kind;
    RunJournal.record(new Outcome(kind, supplier, displayName(), api));
  }

  private String displayName() {
    return supplierName != null ? supplierName : supplier.grouped();
  }
}
