package no.dpifullmakt.task;

import java.util.ArrayList;
import java.util.List;
import no.dpifullmakt.altinn3.AccessManagementPage;
import no.dpifullmakt.altinn3.AddSupplierDialog;
import no.dpifullmakt.altinn3.Altinn3Text;
import no.dpifullmakt.altinn3.Altinn3Texts;
import no.dpifullmakt.altinn3.ApiDetails;
import no.dpifullmakt.altinn3.ApiRow;
import no.dpifullmakt.altinn3.DeleteSupplierDialog;
import no.dpifullmakt.altinn3.GiveApiDialog;
import no.dpifullmakt.altinn3.GivenApis;
import no.dpifullmakt.altinn3.MaskinportenPage;
import no.dpifullmakt.altinn3.SupplierList;
import no.dpifullmakt.altinn3.SupplierPage;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.AccessibleText;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.PortalHiccupException;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.ScreenChangedException;
import no.dpifullmakt.web.Target;

/**
 * Today's procedure in Altinn 3: Maskinportenadministrasjon, a supplier, an API. Every answer about
 * Altinn's state rests on positive evidence, stated where it is decided:
 *
 * <ul>
 *   <li>a supplier is <b>listed</b> when the list, searched for its number, has its row; it is
 *       <b>not listed</b> only when the complete list lacks it AND the supplier's own page, read
 *       twice, says «Vi fant ikke leverandøren»;
 *   <li>the DPI API is the one API among the search results whose details show {@code
 *       digitalpostinnbygger:send} under "Scopes" (never the title alone: a look-alike can have the
 *       same title); two such APIs stop the run;
 *   <li>the supplier <b>has</b> the DPI API when that API's row offers "Slett fullmakt for …", and
 *       <b>lacks</b> it when the row offers an enabled "Gi fullmakt for …";
 *   <li>a supplier is deleted only when its page shows "Fullmakt til 0 API" and «Ingen fullmakter
 *       er lagt til ennå.».
 * </ul>
 *
 * Anything less is a screen the robot cannot read, and it stops with a diagnosis (exit 4).
 */
public final class Altinn3Journey extends Journey {

  /** The most result pages the robot looks through for the DPI API. */
  private static final int MOST_RESULT_PAGES = 5;

  /** The texts of the language Altinn shows its screens in, read after each login. */
  private Altinn3Texts texts;

  private AccessManagementPage start;
  private MaskinportenPage maskinporten;
  private AddSupplierDialog addDialog;
  private SupplierPage supplierPage;
  private GiveApiDialog giveDialog;

  private OrganisationNumber supplier;
  private String supplierName;
  private String lastSearch = Altinn3Texts.DPI_SCOPE;
  private Boolean listed;
  private boolean foundListed;
  private DpiReading dpi;
  private boolean changedSinceRead;
  private GivenApis apisBeforeChange;

  /** Whether the person already said yes to giving the DPI API, together with adding. */
  private boolean confirmedGiving;

  /** Whether this run pressed "Gi fullmakt" or "Slett fullmakt": then what it finds is its own. */
  private boolean gaveThisRun;

  private boolean removedThisRun;
  private Outcome.Kind settled;
  private PortalRefusedException refusal;
  private AccessMissingException accessMissing;

  /**
   * What the robot read about the DPI API for the supplier.
   *
   * @param row its row in "Gi fullmakt", which the robot acts on
   */
  record DpiReading(ApiRow row) {
    boolean given() {
      return row.given();
    }

    String title() {
      return row.title();
    }
  }

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
    texts = ScreenLanguageReading.read(ui);
    session.screenLanguage(texts.language());
    start = new AccessManagementPage(ui, texts);
    maskinporten = null;
    addDialog = null;
    supplierPage = null;
    giveDialog = null;
    listed = null;
    dpi = null;
  }

  public void openMaskinporten() {
    step(
        () -> {
          session.explain(Altinn3Guidance.MASKINPORTEN);
          maskinporten = openMaskinportenFrom(start);
        });
  }

  /**
   * "Maskinportenadministrasjon" from the sidebar, on the supplier tab, for the right actor. A
   * missing link is the person's missing access unless the link is elsewhere or renamed.
   */
  private MaskinportenPage openMaskinportenFrom(AccessManagementPage page) {
    MaskinportenPage opened;
    try {
      opened = page.openMaskinporten();
    } catch (ScreenChangedException e) {
      if (!AccessEvidence.lacksMaskinportenPackage(e, page.maskinportenLink())) {
        throw e;
      }
      opened = openMaskinportenOnceMore();
    }
    OrganisationNumber actor = session.actor();
    OrganisationNumber shown =
        opened
            .actingFor()
            .orElseThrow(
                () ->
                    ui.unreadable(
                        "organisasjonsnummeret til virksomheten siden gjelder («"
                            + shownText(Altinn3Text.ACTOR_ORGNR_PREFIX)
                            + " …» under overskriften)"));
    if (!shown.equals(actor)) {
      throw AccessMissingException.wrongActor(actor, shown);
    }
    return opened.showSuppliers();
  }

  /**
   * Altinn hides the link also when its question of who may see it failed: the page is loaded once
   * more before the person is told that the access package is missing.
   */
  private MaskinportenPage openMaskinportenOnceMore() {
    note(
        "Menyen viser ikke «"
            + shownText(Altinn3Text.MASKINPORTEN_LINK)
            + "». Roboten laster siden på nytt og ser én gang til.");
    session.reopen(generation(), landed());
    start = new AccessManagementPage(ui, texts);
    try {
      return start.openMaskinporten();
    } catch (ScreenChangedException e) {
      if (AccessEvidence.lacksMaskinportenPackage(e, start.maskinportenLink())) {
        throw AccessMissingException.maskinportenPackage(session.actor());
      }
      throw e;
    }
  }

  /** Types the supplier's number in the list's "Søk". */
  public void searchSupplier(OrganisationNumber orgnr) {
    step(
        () -> {
          session.explain(Altinn3Guidance.SEARCH_SUPPLIER);
          supplier = orgnr;
          maskinporten.searchSupplier(orgnr);
        });
  }

  /** Opens the supplier from the searched list, if it is a supplier. */
  public void openSupplierIfListed(OrganisationNumber orgnr) {
    step(
        () -> {
          session.explain(Altinn3Guidance.FIND_SUPPLIER);
          supplier = orgnr;
          SupplierPage.Lookup found = findSupplier(maskinporten, orgnr);
          if (found instanceof SupplierPage.Found page) {
            listed = true;
            foundListed = true;
            openedSupplier(page.page());
            // Neutral words: kontroller and fjern pass here too, and add nothing either way.
            note(supplierName + " står allerede som leverandør.");
          } else {
            listed = false;
            maskinporten = backToSupplierList((SupplierPage.NotFound) found);
            note(
                supplier.grouped()
                    + " står ikke som leverandør: lista, søkt på nummeret, har den ikke, og"
                    + " leverandørsiden sier «"
                    + shownText(Altinn3Text.SUPPLIER_NOT_FOUND)
                    + "».");
          }
        });
  }

  /**
   * The supplier's page, or Altinn's «Vi fant ikke leverandøren» when the list lacks it and the
   * supplier's own page, read twice, agrees.
   */
  private SupplierPage.Lookup findSupplier(MaskinportenPage list, OrganisationNumber orgnr) {
    SupplierList suppliers = list.suppliers();
    List<SupplierList.Row> rows = suppliers.rowsFor(orgnr);
    if (rows.size() > 1) {
      throw ui.unreadable(
          "nøyaktig én rad med «"
              + shownText(Altinn3Text.ROW_ORGNR_PREFIX)
              + " "
              + orgnr.grouped()
              + "» i lista");
    }
    if (rows.size() == 1) {
      SupplierPage.Lookup opened = list.openSupplier(rows.get(0));
      if (opened instanceof SupplierPage.NotFound notFound) {
        opened = notFound.readAgain();
      }
      if (opened instanceof SupplierPage.NotFound) {
        // Altinn shows a failed read of the supplier as «Vi fant ikke leverandøren»: read again
        // from the start; only if it stays so is the page not what the robot knows.
        throw new PortalHiccupException(
            "leverandørsiden til "
                + orgnr.grouped()
                + " sier «"
                + shownText(Altinn3Text.SUPPLIER_NOT_FOUND)
                + "», men lista har den",
            ui.unreadable(
                "leverandørsiden til "
                    + orgnr.grouped()
                    + ", som står i lista (Altinn sier «"
                    + shownText(Altinn3Text.SUPPLIER_NOT_FOUND)
                    + "»)"));
      }
      return opened;
    }
    SupplierPage.Lookup own = list.openSupplierAddress(orgnr);
    if (own instanceof SupplierPage.NotFound notFound) {
      own = notFound.readAgain();
    }
    if (own instanceof SupplierPage.Found) {
      note(
          "Lista viste ikke "
              + orgnr.grouped()
              + " ("
              + suppliers.describe()
              + "), men leverandørsiden finnes: den er leverandør.");
    }
    return own;
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
          if (!addDialog.foundNumber().map(orgnr::equals).orElse(false)) {
            throw ui.unreadable(
                "«"
                    + shownText(Altinn3Text.ROW_ORGNR_PREFIX)
                    + " "
                    + orgnr.grouped()
                    + "» under «"
                    + shownText(Altinn3Text.YOU_ARE_ADDING)
                    + "»");
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
            + powerOfAttorney(texts.get(Altinn3Text.DPI_API))
            + "?");
    confirmedGiving = true;
  }

  /** Altinn's label as the screen shows it, to quote in a Norwegian sentence. */
  private String shownText(Altinn3Text label) {
    return AccessibleText.normalise(texts.get(label));
  }

  /**
   * The API's title as a person sees it on the screen. The feature names the API in bokmål; on
   * screens in another language, messages quote the title shown there (it is data, and the robot
   * never decides anything by it).
   */
  private String shown(String api) {
    if (texts == null || texts.language() == ScreenLanguage.BOKMAL) {
      return api;
    }
    return dpi != null ? dpi.title() : texts.get(Altinn3Text.DPI_API);
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
        + session.actor().grouped();
  }

  private void addOnce(boolean mayTryAgain) {
    try {
      session.change(
          "legge til " + supplierNamed() + " som leverandør", () -> openedAdded(addDialog.add()));
      recordSupplierAdded();
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten ser etter om leverandøren ble lagt til.");
      SupplierPage.Lookup now =
          findSupplier(freshMaskinporten().searchSupplier(supplier), supplier);
      if (now instanceof SupplierPage.Found page) {
        openedSupplier(page.page());
        listed = true;
        recordSupplierAdded();
        note("Leverandøren ble lagt til.");
      } else if (mayTryAgain) {
        note("Leverandøren ble ikke lagt til. Roboten prøver én gang til.");
        maskinporten = backToSupplierList((SupplierPage.NotFound) now);
        addDialog = maskinporten.startAddingSupplier();
        addDialog.enterOrganisationNumber(supplier);
        addOnce(false);
      } else {
        throw lost;
      }
    }
  }

  /**
   * Right after adding, Altinn may not yet find the new supplier: its page is read again, twice at
   * most, before the robot counts the answer as lost.
   */
  private void openedAdded(SupplierPage.Lookup page) {
    for (int again = 0; again < 2 && page instanceof SupplierPage.NotFound notFound; again++) {
      page = notFound.readAgain();
    }
    if (!(page instanceof SupplierPage.Found found)) {
      throw ChangeAnswerLostException.saying(
          "Vi fant ikke leverandøren (rett etter at den ble lagt til)");
    }
    listed = true;
    openedSupplier(found.page());
  }

  private void recordSupplierAdded() {
    RunJournal.changeMade(supplierNamed() + " lagt til som leverandør");
  }

  /** "Gi fullmakt": the dialog where APIs are found, given and withdrawn. */
  public void openGiveDialog() {
    step(
        () -> {
          session.explain(Altinn3Guidance.GIVE);
          if (skippingNotListed()) {
            return;
          }
          // What the page lists now, to see a change made in the dialog on it afterwards. A check
          // does not need it, so a list the robot cannot read here stops nothing.
          apisBeforeChange = supplierPage.givenApisOnceThey(apis -> true).orElse(null);
          giveDialog = supplierPage.openGiveDialog();
        });
  }

  public void searchApi(String query) {
    step(
        () -> {
          session.explain(Altinn3Guidance.SEARCH);
          if (skippingNotListed()) {
            return;
          }
          lastSearch = query;
          giveDialog.search(query);
        });
  }

  /** Opens each result and finds the one API whose "Scopes" has the DPI scope. */
  public void identifyDpiApi() {
    step(
        () -> {
          session.explain(Altinn3Guidance.IDENTIFY);
          if (skippingNotListed()) {
            return;
          }
          dpi = identify(giveDialog);
          changedSinceRead = false;
          note(
              "API-et med scopet "
                  + Altinn3Texts.DPI_SCOPE
                  + " heter «"
                  + dpi.title()
                  + "» her. "
                  + displayName()
                  + (dpi.given()
                      ? " har fullmakt til det (raden tilbyr «"
                          + shownText(Altinn3Text.REMOVE)
                          + "»)."
                      : " har ikke fullmakt til det (raden tilbyr «"
                          + shownText(Altinn3Text.GIVE)
                          + "»)."));
        });
  }

  /**
   * The DPI API among the results: the only one whose details show the DPI scope under "Scopes".
   * Every result is opened, on every page, since a look-alike may carry the same title.
   */
  private DpiReading identify(GiveApiDialog dialog) {
    List<ApiRow> candidates = new ArrayList<>();
    List<String> opened = new ArrayList<>();
    int hits = dialog.hits();
    List<ApiRow> rows = dialog.rows(1);
    int seen = 0;
    int page = 1;
    while (true) {
      for (ApiRow row : rows) {
        ApiDetails details = dialog.openDetails(row);
        opened.add(details.title());
        if (details.hasScope(Altinn3Texts.DPI_SCOPE)) {
          candidates.add(row);
        }
        dialog.back(page);
      }
      seen += rows.size();
      if (seen >= hits || rows.isEmpty() || page >= MOST_RESULT_PAGES) {
        break;
      }
      page++;
      rows = dialog.showPage(page);
    }
    if (seen < hits) {
      throw ui.unreadable(
          "alle treffene på søket («" + hits + " treff», roboten så " + seen + "): søk smalere");
    }
    if (candidates.size() != 1) {
      throw ui.unreadable(
          "nøyaktig ett API med "
              + Altinn3Texts.DPI_SCOPE
              + " under «Scopes»; fant "
              + candidates.size()
              + " blant "
              + opened.stream().map(t -> "«" + t + "»").toList());
    }
    ApiRow found = candidates.get(0);
    if (found.page() != page) {
      dialog.showPage(found.page());
    }
    return new DpiReading(known(dialog, found));
  }

  /**
   * The row again, once Altinn has read what the supplier has: it keeps the buttons disabled until
   * then, and for good if that read failed, so a button that never comes alive is a failed read.
   */
  private ApiRow known(GiveApiDialog dialog, ApiRow row) {
    ApiRow[] now = {row};
    try {
      ui.waitFor(
          "at knappen i raden for «" + row.title() + "» kan brukes",
          () -> {
            now[0] = dialog.rows(row.page()).get(row.position());
            return now[0].known();
          });
    } catch (ScreenChangedException e) {
      throw new PortalHiccupException(
          "knappen i raden for «" + row.title() + "» ble ikke tilgjengelig");
    }
    return now[0];
  }

  /** "Gi fullmakt for <API>" in the DPI API's row, unless the supplier has it already. */
  public void give(String feature) {
    step(
        () -> {
          String api = shown(feature);
          session.explain(Altinn3Guidance.GIVE_API);
          if (dpi.given() && gaveThisRun) {
            // Altinn lost its answer to this run's own change, and the robot walked here again.
            settle(Outcome.Kind.GIVEN, api);
            note("Fullmakten roboten ga, er lagret.");
            return;
          }
          if (dpi.given()) {
            settle(Outcome.Kind.ALREADY_IN_PLACE, api);
            note(displayName() + " har allerede fullmakt til «" + api + "» – allerede gitt.");
            return;
          }
          if (!confirmedGiving) {
            session.confirm("Gi " + supplierNamed() + " " + powerOfAttorney(api) + "?");
          }
          giveOnce(api, true);
        });
  }

  private void giveOnce(String api, boolean mayTryAgain) {
    gaveThisRun = true;
    try {
      session.change(
          "gi " + displayName() + " fullmakt til «" + api + "»",
          () -> dpi = new DpiReading(giveDialog.give(dpi.row())));
      changedSinceRead = true;
      settle(Outcome.Kind.GIVEN, api);
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten leser hva som faktisk ble lagret, før den gjør noe mer.");
      readDpiAgain();
      if (dpi.given()) {
        note("Fullmakten ble lagret.");
        changedSinceRead = true;
        settle(Outcome.Kind.GIVEN, api);
      } else if (mayTryAgain) {
        note("Fullmakten ble ikke lagret. Roboten prøver én gang til.");
        giveOnce(api, false);
      } else {
        throw lost;
      }
    }
  }

  /** "Slett fullmakt for <API>" in the DPI API's row, if the supplier has it. */
  public void revoke(String feature) {
    step(
        () -> {
          String api = shown(feature);
          session.explain(Altinn3Guidance.REVOKE);
          if (Boolean.FALSE.equals(listed)) {
            settle(Outcome.Kind.NOTHING_TO_REMOVE, api);
            note(supplier.grouped() + " er ikke leverandør – ingenting å fjerne.");
            return;
          }
          if (!dpi.given() && removedThisRun) {
            settle(Outcome.Kind.REMOVED, api);
            note("Fullmakten roboten slettet, er borte.");
            return;
          }
          if (!dpi.given()) {
            settle(Outcome.Kind.NOTHING_TO_REMOVE, api);
            note(displayName() + " har ikke fullmakt til «" + api + "» – ingenting å fjerne.");
            return;
          }
          session.confirm("Fjerne fullmakten til «" + api + "» fra " + displayName() + "?");
          revokeOnce(api, true);
        });
  }

  private void revokeOnce(String api, boolean mayTryAgain) {
    removedThisRun = true;
    try {
      session.change(
          "fjerne fullmakten til «" + api + "» fra " + displayName(),
          () -> dpi = new DpiReading(giveDialog.revoke(dpi.row())));
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten ser etter om fullmakten ble slettet.");
      readDpiAgain();
      if (dpi.given() && mayTryAgain) {
        note("Fullmakten står der fortsatt. Roboten prøver én gang til.");
        revokeOnce(api, false);
        return;
      } else if (dpi.given()) {
        throw lost;
      }
      note("Fullmakten ble slettet.");
    }
    changedSinceRead = true;
    settle(Outcome.Kind.REMOVED, api);
  }

  /** After a lost answer: from the menu to the DPI API's row again, reading what Altinn stored. */
  private void readDpiAgain() {
    SupplierPage.Lookup page = findSupplier(freshMaskinporten().searchSupplier(supplier), supplier);
    if (!(page instanceof SupplierPage.Found found)) {
      throw ui.unreadable("leverandørsiden til " + supplier.grouped());
    }
    openedSupplier(found.page());
    giveDialog = supplierPage.openGiveDialog();
    giveDialog.search(lastSearch);
    dpi = identify(giveDialog);
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
          if (changedSinceRead && pageAgreesWithChange()) {
            changedSinceRead = false;
          }
        });
  }

  /**
   * Whether the supplier's page, read anew from Altinn after the dialog closed, shows the change
   * made in the dialog: one more (or one fewer) API with the DPI API's title than before it.
   */
  private boolean pageAgreesWithChange() {
    if (apisBeforeChange == null || dpi == null) {
      return false;
    }
    long before = apisBeforeChange.titles().stream().filter(dpi.title()::equals).count();
    long expected = before + (dpi.given() ? 1 : -1);
    boolean agrees =
        supplierPage
            .givenApisOnceThey(
                apis -> apis.titles().stream().filter(dpi.title()::equals).count() == expected)
            .isPresent();
    if (agrees) {
      note(
          "Leverandørsiden, lest på nytt fra Altinn, viser «"
              + dpi.title()
              + "» én gang "
              + (dpi.given() ? "mer" : "mindre")
              + " enn før: endringen er lagret.");
    }
    return agrees;
  }

  /**
   * "Slett leverandør", but only when the supplier's page positively shows that it has no API left:
   * "Fullmakt til 0 API" and «Ingen fullmakter er lagt til ennå.».
   */
  public void deleteSupplierIfEmpty() {
    step(
        () -> {
          session.explain(Altinn3Guidance.DELETE_SUPPLIER);
          if (!Boolean.TRUE.equals(listed) || supplierPage == null) {
            return;
          }
          GivenApis apis = supplierPage.givenApis();
          if (!apis.none()) {
            note(
                displayName()
                    + " har "
                    + apis.count()
                    + " andre fullmakt(er) og står fortsatt som leverandør.");
            return;
          }
          session.confirm(
              "Slette " + displayName() + " som leverandør? Den har ingen fullmakter igjen.");
          DeleteSupplierDialog question = supplierPage.startDeletingSupplier();
          if (!question.names(displayName())) {
            throw ui.unreadable("at Altinn spør om å slette nettopp «" + displayName() + "»");
          }
          session.change(
              "slette " + supplierNamed() + " som leverandør",
              () -> maskinporten = question.confirm());
          RunJournal.changeMade(supplierNamed() + " slettet som leverandør");
          supplierPage = null;
          listed = false;
        });
  }

  /** How many times the supplier has the DPI API: 0 or 1 (Altinn gives an API once). */
  public int timesGiven(OrganisationNumber orgnr) {
    if (orgnr.equals(supplier) && !changedSinceRead) {
      if (Boolean.FALSE.equals(listed)) {
        return 0;
      }
      if (dpi != null) {
        return dpi.given() ? 1 : 0;
      }
    }
    return readAfresh(() -> readTimesGiven(orgnr));
  }

  /** From the menu: the supplier in the list, its page, and the DPI API's row in "Gi fullmakt". */
  private int readTimesGiven(OrganisationNumber orgnr) {
    SupplierPage.Lookup page = findSupplier(freshMaskinporten().searchSupplier(orgnr), orgnr);
    if (!(page instanceof SupplierPage.Found found)) {
      maskinporten = backToSupplierList((SupplierPage.NotFound) page);
      return 0;
    }
    supplier = orgnr;
    openedSupplier(found.page());
    giveDialog = supplierPage.openGiveDialog();
    giveDialog.search(Altinn3Texts.DPI_SCOPE);
    dpi = identify(giveDialog);
    changedSinceRead = false;
    supplierPage = giveDialog.close();
    giveDialog = null;
    return dpi.given() ? 1 : 0;
  }

  /** How many rows the supplier list has for this number, read afresh from the menu. */
  public int timesListed(OrganisationNumber orgnr) {
    return readAfresh(
        () -> freshMaskinporten().searchSupplier(orgnr).suppliers().rowsFor(orgnr).size());
  }

  public void recordCheck(OrganisationNumber orgnr, String api, boolean given) {
    if (settled == null) {
      RunJournal.record(
          new Outcome(
              given ? Outcome.Kind.VERIFIED : Outcome.Kind.MISSING,
              orgnr,
              orgnr.equals(supplier) ? displayName() : orgnr.grouped(),
              shown(api)));
    }
  }

  public boolean foundAlreadyInPlace() {
    return settled == Outcome.Kind.ALREADY_IN_PLACE;
  }

  public boolean foundNothingToRemove() {
    return settled == Outcome.Kind.NOTHING_TO_REMOVE;
  }

  /**
   * Tries to open Maskinportenadministrasjon, and keeps what the person lacks if that is why not.
   */
  public void tryOpenMaskinporten() {
    try {
      openMaskinporten();
    } catch (AccessMissingException e) {
      accessMissing = e;
      session.notes().add(e.getMessage());
    }
  }

  public AccessMissingException accessMissing() {
    return accessMissing;
  }

  public boolean foundAlreadySupplier() {
    return foundListed;
  }

  public PortalRefusedException refusal() {
    return refusal;
  }

  /**
   * «Gå tilbake til oversikten» from «Vi fant ikke leverandøren». The link loads the Maskinporten
   * page anew, and Altinn sends a person whose question of who may see that page failed to the
   * start page instead: then the robot goes there from the menu, as the person would, where a
   * missing link is looked at once more before it counts as missing access.
   */
  private MaskinportenPage backToSupplierList(SupplierPage.NotFound notFound) {
    try {
      return notFound.backToList();
    } catch (ScreenChangedException e) {
      if (!MaskinportenPage.heading(texts).equals(e.expected())) {
        throw e;
      }
      note(
          "«"
              + shownText(Altinn3Text.BACK_TO_LIST)
              + "» viste ikke Maskinportenadministrasjon. Roboten åpner den fra menyen.");
      return freshMaskinporten();
    }
  }

  private MaskinportenPage freshMaskinporten() {
    giveDialog = null;
    maskinporten = openMaskinportenFrom(AccessManagementPage.closingAnyDialog(ui, texts));
    return maskinporten;
  }

  private void openedSupplier(SupplierPage page) {
    supplierPage = page;
    supplierName = page.supplierName();
    session.witness().dataValue(StepWitness.SUPPLIER, supplierName);
  }

  private boolean skippingAdd() {
    if (Boolean.TRUE.equals(listed)) {
      note("Hopper over dette steget: leverandøren er allerede lagt til.");
      return true;
    }
    return false;
  }

  private boolean skippingNotListed() {
    if (Boolean.FALSE.equals(listed)) {
      note("Hopper over dette steget: " + supplier.grouped() + " er ikke leverandør.");
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
