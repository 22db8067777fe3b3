package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;
import no.dpifullmakt.practiceportal.altinn2.rights.KeptRights;
import no.dpifullmakt.practiceportal.altinn2.rights.RightsRegistry;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.memory.KeptJson;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * Altinn 2, the generation the letter's 12 steps were written for: the inbox, the profile with
 * "Andre med rettigheter", and the delegation dialog. State is kept per acting organisation.
 */
public final class Altinn2Module implements PortalModule {

  static final String MESSAGE_BOX = "/ui/MessageBox";
  static final String PROFILE = "/ui/Profile";
  static final String OTHERS_PANEL = "/ui/Profile/OthersWithRights";
  static final String RIGHT_HOLDERS = "/ui/Profile/RightHolders";
  static final String ACTIVITY_LOG = "/ui/Profile/ActivityLog";
  static final String ALL_FORMS = "/skjemaoversikt";
  private static final String KEPT = "altinn2:";

  private final PortalContext context;
  private final RightsRegistry registry;
  private final Altinn2Situations situations;
  private final Guard guard;

  public Altinn2Module(PortalContext context) {
    this.context = context;
    this.registry = new RightsRegistry(context.directory());
    this.situations = new Altinn2Situations(registry);
    this.guard =
        new Guard(new LoginGate(context.sessions()), context.directory(), new CsrfTokens());
  }

  @Override
  public void configure(JavalinConfig config) {
    Templates templates = context.templates();
    Latency latency = Latency.altinn2Lists();
    var changes = new Altinn2Changes(context.changes());
    var messageBox = new MessageBoxPage(templates, guard);
    var allForms = new AllFormsPage(templates, guard, registry.catalogue(), changes);
    var profile = new ProfilePage(templates, guard, context.directory(), registry.parties());
    var panel = new OthersWithRightsPanel(templates, guard, registry, latency);
    var overview = new RightHolderOverview(templates, guard, registry, changes);
    var add =
        new AddRightHolderDialog(
            templates,
            guard,
            new AddRightHolderRules(context.directory(), registry.parties()),
            overview,
            changes);
    var services = new ServiceDelegation(templates, guard, registry, latency, changes);
    var removal = new RightsRemoval(templates, guard, registry, changes);

    config.routes.get(MESSAGE_BOX, messageBox::show);
    config.routes.get(ALL_FORMS, allForms::show);
    config.routes.get(PROFILE, profile::show);
    config.routes.get(OTHERS_PANEL, panel::body);
    config.routes.get(RIGHT_HOLDERS, panel::rows);
    config.routes.get(ACTIVITY_LOG, panel::activityLog);
    config.routes.get(DelegationModal.ADD, add::show);
    config.routes.post(DelegationModal.ADD + "/Organisation", add::addOrganisation);
    config.routes.post(DelegationModal.ADD + "/Person", add::addPerson);
    config.routes.post(DelegationModal.ADD + "/EnterpriseUser", add::addEnterpriseUser);
    config.routes.get(DelegationModal.RIGHT_HOLDER, overview::show);
    config.routes.get(DelegationModal.SERVICES, services::show);
    config.routes.get(DelegationModal.SERVICE_SEARCH, services::search);
    config.routes.post(DelegationModal.SERVICES, services::delegate);
    config.routes.get(DelegationModal.REMOVE, removal::show);
    config.routes.post(DelegationModal.REMOVE, removal::revoke);
    if (context.testEndpoints()) {
      var state = new TestStateEndpoint(context.directory(), registry);
      config.routes.get(TestStateEndpoint.PATH, state::show);
    }
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/ressurser/altinn2";
          files.directory = "/practiceportal/ressurser/altinn2";
          files.location = Location.CLASSPATH;
        });
  }

  @Override
  public void reset() {
    registry.reset();
  }

  @Override
  public void reset(Organisation actor) {
    registry.reset(actor);
  }

  /** The right holders of each organisation used so far. */
  @Override
  public Map<String, String> keep() {
    Map<String, String> kept = new LinkedHashMap<>();
    registry.kept().forEach((orgnr, rights) -> kept.put(KEPT + orgnr, KeptJson.write(rights)));
    return kept;
  }

  @Override
  public void recall(Map<String, String> kept) {
    kept.forEach(
        (key, json) -> {
          if (key.startsWith(KEPT)) {
            String orgnr = key.substring(KEPT.length());
            KeptRights rights = KeptJson.read(json, KeptRights.class);
            if (context.directory().organisation(orgnr).isPresent()) {
              registry.recall(orgnr, rights);
            }
          }
        });
  }

  @Override
  public List<String> situations() {
    return situations.names();
  }

  @Override
  public Optional<String> describeSituation(String situation) {
    return situations.describe(situation);
  }

  @Override
  public boolean applySituation(String situation, Organisation actor) {
    return situations.apply(situation, actor);
  }
}
