package no.dpifullmakt.task;

import java.util.Collections;
import java.util.List;
import no.dpifullmakt.altinn2.AddRightHolderDialog;
import no.dpifullmakt.altinn2.Altinn2Modal;
import no.dpifullmakt.altinn2.Altinn2Texts;
import no.dpifullmakt.altinn2.HeldService;
import no.dpifullmakt.altinn2.MessageBoxPage;
import no.dpifullmakt.altinn2.OthersWithRightsPanel;
import no.dpifullmakt.altinn2.ProfilePage;
import no.dpifullmakt.altinn2.ReceiptPage;
import no.dpifullmakt.altinn2.RemovalPage;
import no.dpifullmakt.altinn2.RightHolderOverview;
import no.dpifullmakt.altinn2.ServiceSearchPage;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Target;

/**
 * The letter's procedure in Altinn 2, one call per step, holding the page the robot is on. Before
 * any change it reads the current state from the page: a right that is already there is reported
 * and not given again; a right that is not there is not "removed".
 */
public final class Altinn2Journey extends Journey {

  private MessageBoxPage messageBox;
  private ProfilePage profile;
  private OthersWithRightsPanel panel;
  private AddRightHolderDialog addDialog;
  private RightHolderOverview overview;
  private ServiceSearchPage serviceSearch;
  private ReceiptPage receipt;
  private RemovalPage removal;
  private RemovalPage.RemovalReceipt removalReceipt;

  private OrganisationNumber supplier;
  private SupplierName typedName;
  private String registeredName;
  private List<HeldService> heldWhenOpened = List.of();
  private HeldService service;
  private String lastSearch;
  private boolean alreadyHeld;
  private boolean nothingToRemove;
  private Outcome.Kind settled;
  private PortalRefusedException refusal;

  /** Whether this run stored a delegation or a removal: then what it finds is its own. */
  private boolean submittedThisRun;

  private boolean removedThisRun;

  public Altinn2Journey(RobotSession session) {
    super(session);
  }

  @Override
  Generation generation() {
    return Generation.ALTINN2;
  }

  @Override
  Target landed() {
    return MessageBoxPage.LANDED;
  }

  @Override
  void startOver() {
    messageBox = new MessageBoxPage(ui);
    profile = null;
    panel = null;
    addDialog = null;
    overview = null;
    serviceSearch = null;
    receipt = null;
    removal = null;
    removalReceipt = null;
    alreadyHeld = false;
    nothingToRemove = false;
  }

  /** Tries to open the panel, and keeps Altinn's answer if it refuses. */
  public void tryOpenOthersWithRights() {
    try {
      openOthersWithRights();
    } catch (PortalRefusedException e) {
      refusal = e;
      session.notes().add(e.getMessage());
    }
  }

  public PortalRefusedException refusal() {
    return refusal;
  }

  public void openProfile() {
    step(
        () -> {
          session.explain(Altinn2Guidance.PROFILE);
          profile = messageBox.openProfile();
        });
  }

  public void openOthersWithRights() {
    step(
        () -> {
          session.explain(Altinn2Guidance.OTHERS_WITH_RIGHTS);
          panel = profile.openOthersWithRights();
        });
  }

  public void startAddingRightHolder() {
    step(
        () -> {
          session.explain(Altinn2Guidance.ADD);
          addDialog = panel.startAddingRightHolder();
        });
  }

  public void chooseExternalOrganisation() {
    step(
        () -> {
          session.explain(Altinn2Guidance.EXTERNAL);
          addDialog.chooseExternalOrganisation();
        });
  }

  public void enterOrganisationNumber(OrganisationNumber orgnr) {
    step(
        () -> {
          session.explain(Altinn2Guidance.ORGNR);
          supplier = orgnr;
          addDialog.enterOrganisationNumber(orgnr);
        });
  }

  public void enterName(SupplierName name) {
    step(
        () -> {
          session.explain(Altinn2Guidance.NAME);
          typedName = name;
          addDialog.enterName(name);
        });
  }

  /** Step 7; Altinn then shows the right holder, and the robot reads what it holds already. */
  public void confirmRightHolder() {
    step(
        () -> {
          session.explain(Altinn2Guidance.NEXT);
          openedOverview(addDialog.next());
        });
  }

  /** The KS variant: "Gi eller fjern tilgang" on an existing right holder's row. */
  public void openExistingRightHolder(String name) {
    step(
        () -> {
          session.explain(Altinn2Guidance.OPEN_EXISTING);
          openedOverview(panel.openRightHolder(name));
        });
  }

  private void openedOverview(RightHolderOverview opened) {
    overview = opened;
    registeredName = overview.rightHolderName();
    session.witness().dataValue(StepWitness.SUPPLIER, registeredName);
    heldWhenOpened = overview.heldServices();
  }

  public void giveSingleServices() {
    step(
        () -> {
          session.explain(Altinn2Guidance.SINGLE_SERVICES);
          serviceSearch = overview.giveSingleServices();
        });
  }

  public void searchServices(String query) {
    step(
        () -> {
          session.explain(Altinn2Guidance.SEARCH);
          lastSearch = query;
          serviceSearch.search(query);
        });
  }

  /** Step 10: the plus at the service, unless the right holder has it already. */
  public void chooseService(String wanted) {
    step(
        () -> {
          session.explain(Altinn2Guidance.CHOOSE);
          service = serviceNamed(wanted);
          if (heldWhenOpened.contains(service) || serviceSearch.alreadyHeld(service)) {
            alreadyHeld = true;
            // After a lost answer the robot walks here again: then the right is its own doing.
            settle(submittedThisRun ? Outcome.Kind.GIVEN : Outcome.Kind.ALREADY_IN_PLACE);
            note(
                rightHolder()
                    + " har allerede "
                    + service
                    + " – allerede gitt. Roboten gir den ikke på nytt.");
            return;
          }
          serviceSearch.choose(service);
        });
  }

  /** Step 11: stores the delegation. Skipped when the right was already in place. */
  public void submitServices() {
    step(
        () -> {
          session.explain(Altinn2Guidance.SUBMIT);
          if (skipping()) {
            return;
          }
          session.confirm(
              "Gi "
                  + rightHolder()
                  + " ("
                  + supplier.grouped()
                  + ") rettigheten "
                  + service
                  + " på vegne av virksomheten "
                  + session.actor().grouped()
                  + "?");
          submitOnce(true);
        });
  }

  private void submitOnce(boolean mayTryAgain) {
    submittedThisRun = true;
    try {
      session.change(
          "gi " + rightHolder() + " rettigheten " + service,
          () -> receipt = serviceSearch.submit());
      settle(Outcome.Kind.GIVEN);
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten leser hva som faktisk ble lagret, før den gjør noe mer.");
      receipt = null;
      RightHolderOverview fresh = reopenRightHolder();
      if (heldWhenOpened.contains(service)) {
        note("Rettigheten ble lagret.");
        panel = fresh.close();
        settle(Outcome.Kind.GIVEN);
      } else if (mayTryAgain) {
        note("Rettigheten ble ikke lagret. Roboten prøver én gang til.");
        serviceSearch = fresh.giveSingleServices().search(lastSearch).choose(service);
        submitOnce(false);
      } else {
        throw lost;
      }
    }
  }

  /** Closes the modal and opens the right holder again from the list, reading what it holds. */
  private RightHolderOverview reopenRightHolder() {
    panel = Altinn2Modal.closeIfOpen(ui).reload();
    RightHolderOverview fresh = panel.openRightHolder(registeredName);
    overview = fresh;
    heldWhenOpened = fresh.heldServices();
    return fresh;
  }

  /**
   * "Ferdig": on the removal page it stores the removal; on a receipt it closes the modal (step
   * 12).
   */
  public void finish() {
    step(
        () -> {
          session.explain(Altinn2Guidance.FINISH);
          if (skipping()) {
            return;
          }
          if (removal != null) {
            session.explain(Altinn2Guidance.REMOVE_CONFIRM);
            session.confirm("Fjerne rettigheten " + service + " fra " + rightHolder() + "?");
            confirmRemovalOnce(true);
          } else if (removalReceipt != null) {
            panel = removalReceipt.finish();
            removalReceipt = null;
          } else if (receipt != null) {
            panel = receipt.finish();
            receipt = null;
          } else {
            note("Kvitteringen er allerede lukket.");
          }
          overview = null;
        });
  }

  private void confirmRemovalOnce(boolean mayTryAgain) {
    removedThisRun = true;
    try {
      session.change(
          "fjerne rettigheten " + service + " fra " + rightHolder(),
          () -> removalReceipt = removal.confirm());
      removal = null;
    } catch (ChangeAnswerLostException lost) {
      note(lost.getMessage() + " Roboten ser etter om rettigheten ble fjernet.");
      removal = null;
      removalReceipt = null;
      RightHolderOverview fresh = reopenRightHolder();
      if (heldWhenOpened.contains(service) && mayTryAgain) {
        note("Rettigheten står der fortsatt. Roboten prøver én gang til.");
        removal = fresh.startRemoving().markForRemoval(service);
        confirmRemovalOnce(false);
        return;
      } else if (heldWhenOpened.contains(service)) {
        throw lost;
      }
      note("Rettigheten ble fjernet.");
      panel = fresh.close();
    }
    settle(Outcome.Kind.REMOVED);
  }

  /** Altinn offers removal only when the right holder has rights; without any, skip ahead. */
  public void startRemoving() {
    step(
        () -> {
          session.explain(Altinn2Guidance.REMOVE_START);
          if (heldWhenOpened.isEmpty()) {
            return;
          }
          removal = overview.startRemoving();
        });
  }

  /** Marks the service for removal, unless the right holder does not have it. */
  public void markForRemoval(String wanted) {
    step(
        () -> {
          session.explain(Altinn2Guidance.REMOVE_MARK);
          service = serviceNamed(wanted);
          if (!heldWhenOpened.contains(service)) {
            removal = null;
            nothingToRemove = true;
            settle(removedThisRun ? Outcome.Kind.REMOVED : Outcome.Kind.NOTHING_TO_REMOVE);
            note(rightHolder() + " har ikke " + service + " – ingenting å fjerne.");
            return;
          }
          removal.markForRemoval(service);
        });
  }

  /** Reads, from the page, how many times the right holder has the service right now. */
  public int timesHeld(OrganisationNumber orgnr, String service) {
    HeldService wanted = serviceNamed(service);
    return readAfresh(() -> Collections.frequency(readHeldServicesNow(orgnr), wanted));
  }

  /**
   * The service the step names, with the owner that tells it from a look-alike: the robot knows the
   * DPI right, owned by Digitaliseringsdirektoratet.
   */
  private static HeldService serviceNamed(String name) {
    if (!HeldService.DPI.name().equals(name)) {
      throw new no.dpifullmakt.domain.InvalidInputException(
          "Roboten kjenner bare rettigheten «" + Altinn2Texts.DPI_SERVICE + "».");
    }
    return HeldService.DPI;
  }

  /** Whether the robot found the right already in place and so left Altinn unchanged. */
  public boolean foundAlreadyInPlace() {
    return settled == Outcome.Kind.ALREADY_IN_PLACE;
  }

  public Outcome.Kind settled() {
    return settled;
  }

  public String registeredName() {
    return registeredName;
  }

  public boolean heldWhenOpened(String service) {
    return heldWhenOpened.contains(serviceNamed(service));
  }

  /** Records the checked outcome for the run's summary. */
  public void recordCheck(OrganisationNumber orgnr, String service, boolean held) {
    Outcome.Kind kind = held ? Outcome.Kind.VERIFIED : Outcome.Kind.MISSING;
    if (settled == null) {
      RunJournal.record(new Outcome(kind, orgnr, nameFor(orgnr), service));
    }
  }

  /** Closes any open modal and opens the right holder afresh from the list. */
  private List<HeldService> readHeldServicesNow(OrganisationNumber orgnr) {
    if (panel == null) {
      panel = messageBox.openProfile().openOthersWithRights();
    }
    panel = Altinn2Modal.closeIfOpen(ui);
    overview = null;
    String name = orgnr.equals(supplier) ? registeredName : null;
    if (name == null || !panel.lists(name)) {
      return List.of();
    }
    RightHolderOverview fresh = panel.openRightHolder(name);
    List<HeldService> held = fresh.heldServices();
    panel = fresh.close();
    return held;
  }

  /** True, with a note for the person, when an earlier step found nothing left to do. */
  private boolean skipping() {
    if (alreadyHeld) {
      note("Hopper over dette steget: rettigheten er allerede gitt.");
      return true;
    }
    if (nothingToRemove) {
      note("Hopper over dette steget: det er ingenting å fjerne.");
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
  private void settle(Outcome.Kind kind) {
    if (settled != null) {
      return;
    }
    settled = kind;
    RunJournal.record(new Outcome(kind, supplier, rightHolder(), service.name()));
  }

  private String rightHolder() {
    return registeredName != null ? registeredName : String.valueOf(typedName);
  }

  private String nameFor(OrganisationNumber orgnr) {
    return orgnr.equals(supplier) ? rightHolder() : orgnr.grouped();
  }
}
