package no.dpifullmakt.task;

import java.util.Collections;
import java.util.List;
import no.dpifullmakt.altinn2.AddRightHolderDialog;
import no.dpifullmakt.altinn2.Altinn2Modal;
import no.dpifullmakt.altinn2.MessageBoxPage;
import no.dpifullmakt.altinn2.OthersWithRightsPanel;
import no.dpifullmakt.altinn2.ProfilePage;
import no.dpifullmakt.altinn2.ReceiptPage;
import no.dpifullmakt.altinn2.RemovalPage;
import no.dpifullmakt.altinn2.RightHolderOverview;
import no.dpifullmakt.altinn2.ServiceSearchPage;
import no.dpifullmakt.config.Generation;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.domain.SupplierName;
import no.dpifullmakt.report.evidence.StepWitness;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Ui;

/**
 * The letter's procedure in Altinn 2, one call per step, holding the page the robot is on. Before
 * any change it reads the current state from the page: a right that is already there is reported
 * and not given again; a right that is not there is not "removed".
 */
public final class Altinn2Journey {

  private final RobotSession session;
  private final Ui ui;

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
  private List<String> heldWhenOpened = List.of();
  private String service;
  private Outcome.Kind settled;
  private PortalRefusedException refusal;

  public Altinn2Journey(RobotSession session) {
    this.session = session;
    this.ui = session.ui();
  }

  public void logIn() {
    session.logIn(Generation.ALTINN2);
    messageBox = new MessageBoxPage(ui);
  }

  public void logInAsPracticePerson(Secret pid, OrganisationNumber actor) {
    session.logInAsPracticePerson(Generation.ALTINN2, pid, actor);
    messageBox = new MessageBoxPage(ui);
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
    profile = messageBox.openProfile();
  }

  public void openOthersWithRights() {
    panel = profile.openOthersWithRights();
  }

  public void startAddingRightHolder() {
    addDialog = panel.startAddingRightHolder();
  }

  public void chooseExternalOrganisation() {
    addDialog.chooseExternalOrganisation();
  }

  public void enterOrganisationNumber(OrganisationNumber orgnr) {
    supplier = orgnr;
    addDialog.enterOrganisationNumber(orgnr);
  }

  public void enterName(SupplierName name) {
    typedName = name;
    addDialog.enterName(name);
  }

  /** Step 7; Altinn then shows the right holder, and the robot reads what it holds already. */
  public void confirmRightHolder() {
    openedOverview(addDialog.next());
  }

  /** The KS variant: "Gi eller fjern tilgang" on an existing right holder's row. */
  public void openExistingRightHolder(String name) {
    openedOverview(panel.openRightHolder(name));
  }

  private void openedOverview(RightHolderOverview opened) {
    overview = opened;
    registeredName = overview.rightHolderName();
    session.witness().dataValue(StepWitness.SUPPLIER, registeredName);
    heldWhenOpened = overview.heldServices();
  }

  public void giveSingleServices() {
    serviceSearch = overview.giveSingleServices();
  }

  public void searchServices(String query) {
    serviceSearch.search(query);
  }

  /** Step 10: the plus at the service, unless the right holder has it already. */
  public void chooseService(String wanted) {
    service = wanted;
    if (heldWhenOpened.contains(service) || serviceSearch.alreadyHeld(service)) {
      settle(Outcome.Kind.ALREADY_IN_PLACE);
      session
          .notes()
          .add(
              rightHolder()
                  + " har allerede «"
                  + service
                  + "» – allerede gitt. Roboten gir den ikke på nytt.");
      return;
    }
    serviceSearch.choose(service);
  }

  /** Step 11: stores the delegation. Skipped when the right was already in place. */
  public void submitServices() {
    if (skipping()) {
      return;
    }
    receipt = serviceSearch.submit();
    settle(Outcome.Kind.GIVEN);
  }

  /**
   * "Ferdig": on the removal page it stores the removal; on a receipt it closes the modal (step
   * 12).
   */
  public void finish() {
    if (skipping()) {
      return;
    }
    if (removal != null) {
      removalReceipt = removal.confirm();
      removal = null;
      settle(Outcome.Kind.REMOVED);
    } else if (removalReceipt != null) {
      panel = removalReceipt.finish();
      removalReceipt = null;
    } else {
      panel = receipt.finish();
      receipt = null;
    }
    overview = null;
  }

  /** Altinn offers removal only when the right holder has rights; without any, skip ahead. */
  public void startRemoving() {
    if (heldWhenOpened.isEmpty()) {
      return;
    }
    removal = overview.startRemoving();
  }

  /** Marks the service for removal, unless the right holder does not have it. */
  public void markForRemoval(String wanted) {
    service = wanted;
    if (!heldWhenOpened.contains(service)) {
      removal = null;
      settle(Outcome.Kind.NOTHING_TO_REMOVE);
      session.notes().add(rightHolder() + " har ikke «" + service + "» – ingenting å fjerne.");
      return;
    }
    removal.markForRemoval(service);
  }

  /** Reads, from the page, how many times the right holder has the service right now. */
  public int timesHeld(OrganisationNumber orgnr, String service) {
    List<String> held = readHeldServicesNow(orgnr);
    return Collections.frequency(held, service);
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
    return heldWhenOpened.contains(service);
  }

  /** Records the checked outcome for the run's summary. */
  public void recordCheck(OrganisationNumber orgnr, String service, boolean held) {
    Outcome.Kind kind = held ? Outcome.Kind.VERIFIED : Outcome.Kind.MISSING;
    if (settled == null) {
      RunJournal.record(new Outcome(kind, orgnr, nameFor(orgnr), service));
    }
  }

  /** Closes any open modal and opens the right holder afresh from the list. */
  private List<String> readHeldServicesNow(OrganisationNumber orgnr) {
    panel = Altinn2Modal.closeIfOpen(ui);
    overview = null;
    String name = orgnr.equals(supplier) ? registeredName : null;
    if (name == null || !panel.lists(name)) {
      return List.of();
    }
    RightHolderOverview fresh = panel.openRightHolder(name);
    List<String> held = fresh.heldServices();
    panel = fresh.close();
    return held;
  }

  /** True, with a note for the person, when an earlier step found nothing left to do. */
  private boolean skipping() {
    if (settled == Outcome.Kind.ALREADY_IN_PLACE) {
      session.notes().add("Hopper over dette steget: rettigheten er allerede gitt.");
      return true;
    }
    if (settled == Outcome.Kind.NOTHING_TO_REMOVE) {
      session.notes().add("Hopper over dette steget: det er ingenting å fjerne.");
      return true;
    }
    return false;
  }

  private void settle(Outcome.Kind kind) {
    settled = kind;
    RunJournal.record(new Outcome(kind, supplier, rightHolder(), service));
  }

  private String rightHolder() {
    return registeredName != null ? registeredName : String.valueOf(typedName);
  }

  private String nameFor(OrganisationNumber orgnr) {
    return orgnr.equals(supplier) ? rightHolder() : orgnr.grouped();
  }
}
