package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import no.dpifullmakt.practiceportal.altinn2.rights.Party;
import no.dpifullmakt.practiceportal.altinn2.rights.RightHolder;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * "Legge til ny person eller virksomhet": three tabs, each a form. A wrong entry comes back as the
 * same page with the errors (422); a right one leads to the party's overview. Adding alone stores
 * nothing: a party without rights is no right holder.
 */
final class AddRightHolderDialog {

  static final String TITLE = "Legge til ny person eller virksomhet";

  private final Templates templates;
  private final Guard guard;
  private final AddRightHolderRules rules;
  private final RightHolderOverview overview;
  private final Altinn2Changes changes;

  AddRightHolderDialog(
      Templates templates,
      Guard guard,
      AddRightHolderRules rules,
      RightHolderOverview overview,
      Altinn2Changes changes) {
    this.templates = templates;
    this.guard = guard;
    this.rules = rules;
    this.overview = overview;
    this.changes = changes;
  }

  void show(Context ctx) {
    guard.delegator(ctx);
    render(ctx, Form.empty());
  }

  void addOrganisation(Context ctx) {
    Session session = guard.delegatorChange(ctx);
    String orgnr = ctx.formParam(AddRightHolderRules.FIELD_ORGNR);
    String name = ctx.formParam(AddRightHolderRules.FIELD_NAME);
    respond(
        ctx,
        session,
        rules.organisation(orgnr, name, Guard.actor(session)),
        new Form(Tab.ORGANISATION, OrganisationNumbers.formatted(orgnr), name, null, Map.of()));
  }

  void addPerson(Context ctx) {
    Session session = guard.delegatorChange(ctx);
    String lastName = ctx.formParam("etternavn");
    respond(
        ctx,
        session,
        rules.person(ctx.formParam(AddRightHolderRules.FIELD_PID), lastName),
        new Form(Tab.PERSON, null, null, lastName, Map.of()));
  }

  void addEnterpriseUser(Context ctx) {
    Session session = guard.delegatorChange(ctx);
    respond(
        ctx,
        session,
        rules.enterpriseUser(ctx.formParam(AddRightHolderRules.FIELD_USERNAME)),
        new Form(Tab.ENTERPRISE_USER, null, null, null, Map.of()));
  }

  private void respond(
      Context ctx, Session session, AddRightHolderRules.Outcome outcome, Form typed) {
    if (outcome.isFound() && changes.extraStep()) {
      confirm(ctx, outcome.party());
    } else if (outcome.isFound()) {
      overview.render(ctx, session, outcome.party());
    } else {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      render(ctx, typed.withErrors(outcome.errors()));
    }
  }

  /** The page the change "a2-ekstra-steg" puts before the overview. It stores nothing. */
  private void confirm(Context ctx, Party party) {
    ctx.html(
        templates.render(
            "altinn2/modal/bekreft-rettighetshaver",
            new Confirmation(
                RightHolderView.of(RightHolder.without(party), changes),
                DelegationModal.overviewUrl(party))));
  }

  private void render(Context ctx, Form form) {
    ctx.html(templates.render("altinn2/modal/legg-til", form));
  }

  record Confirmation(RightHolderView holder, String overviewUrl) {
    public String title() {
      return "Bekreft rettighetshaver";
    }
  }

  enum Tab {
    PERSON,
    ORGANISATION,
    ENTERPRISE_USER
  }

  /**
   * What the user typed, shown again with the errors. The national identity number is never written
   * back into the page.
   */
  record Form(Tab tab, String orgnr, String orgName, String lastName, Map<String, String> errors) {

    static Form empty() {
      return new Form(Tab.PERSON, null, null, null, Map.of());
    }

    Form withErrors(Map<String, String> newErrors) {
      return new Form(tab, orgnr, orgName, lastName, newErrors);
    }

    public String title() {
      return TITLE;
    }

    public String url() {
      return DelegationModal.ADD;
    }

    public boolean personTab() {
      return tab == Tab.PERSON;
    }

    public boolean organisationTab() {
      return tab == Tab.ORGANISATION;
    }

    public boolean enterpriseUserTab() {
      return tab == Tab.ENTERPRISE_USER;
    }

    public String orgnrError() {
      return errors.get(AddRightHolderRules.FIELD_ORGNR);
    }

    public String nameError() {
      return errors.get(AddRightHolderRules.FIELD_NAME);
    }

    public String pidError() {
      return errors.get(AddRightHolderRules.FIELD_PID);
    }

    public String usernameError() {
      return errors.get(AddRightHolderRules.FIELD_USERNAME);
    }
  }
}
