package no.dpifullmakt.practiceportal.altinn3;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.dpifullmakt.practiceportal.PortalContext;
import no.dpifullmakt.practiceportal.PortalModule;
import no.dpifullmakt.practiceportal.altinn3.api.AddSupplierHandler;
import no.dpifullmakt.practiceportal.altinn3.api.AddUserHandler;
import no.dpifullmakt.practiceportal.altinn3.api.ApiSearchHandler;
import no.dpifullmakt.practiceportal.altinn3.api.Backend;
import no.dpifullmakt.practiceportal.altinn3.api.ChooseLanguageHandler;
import no.dpifullmakt.practiceportal.altinn3.api.ConsumersHandler;
import no.dpifullmakt.practiceportal.altinn3.api.DelegationCheckHandler;
import no.dpifullmakt.practiceportal.altinn3.api.DeleteSupplierHandler;
import no.dpifullmakt.practiceportal.altinn3.api.GiveApiHandler;
import no.dpifullmakt.practiceportal.altinn3.api.GiveSingleRightHandler;
import no.dpifullmakt.practiceportal.altinn3.api.MaskinportenAdminCheckHandler;
import no.dpifullmakt.practiceportal.altinn3.api.OrganisationLookupHandler;
import no.dpifullmakt.practiceportal.altinn3.api.ProfileHandler;
import no.dpifullmakt.practiceportal.altinn3.api.RemoveApiHandler;
import no.dpifullmakt.practiceportal.altinn3.api.RemoveSingleRightHandler;
import no.dpifullmakt.practiceportal.altinn3.api.ScopeSearchHandler;
import no.dpifullmakt.practiceportal.altinn3.api.SingleRightSearchHandler;
import no.dpifullmakt.practiceportal.altinn3.api.SupplierApisHandler;
import no.dpifullmakt.practiceportal.altinn3.api.SupplierHandler;
import no.dpifullmakt.practiceportal.altinn3.api.SuppliersHandler;
import no.dpifullmakt.practiceportal.altinn3.api.TestLanguageHandler;
import no.dpifullmakt.practiceportal.altinn3.api.TestStateHandler;
import no.dpifullmakt.practiceportal.altinn3.api.UserHandler;
import no.dpifullmakt.practiceportal.altinn3.api.UsersHandler;
import no.dpifullmakt.practiceportal.altinn3.lookup.LookupLockout;
import no.dpifullmakt.practiceportal.altinn3.lookup.OrganisationLookup;
import no.dpifullmakt.practiceportal.altinn3.lookup.PersonLookup;
import no.dpifullmakt.practiceportal.altinn3.profile.Languages;
import no.dpifullmakt.practiceportal.altinn3.resources.ResourceRegistry;
import no.dpifullmakt.practiceportal.altinn3.state.Altinn3State;
import no.dpifullmakt.practiceportal.altinn3.state.KeptActor;
import no.dpifullmakt.practiceportal.altinn3.state.SeedState;
import no.dpifullmakt.practiceportal.altinn3.state.Situations;
import no.dpifullmakt.practiceportal.altinn3.users.UserCatalogue;
import no.dpifullmakt.practiceportal.altinn3.web.ApiProblem;
import no.dpifullmakt.practiceportal.altinn3.web.CallerResolver;
import no.dpifullmakt.practiceportal.altinn3.web.Delayed;
import no.dpifullmakt.practiceportal.altinn3.web.Paths;
import no.dpifullmakt.practiceportal.altinn3.web.SpaShell;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.memory.KeptJson;

/**
 * The Altinn 3 generation: Tilgangsstyring's single-page app under {@code /accessmanagement/ui} and
 * its JSON API under {@code /accessmanagement/api/v1}.
 */
public final class Altinn3Module implements PortalModule {

  private static final String KEPT_ACTOR = "altinn3:";
  private static final String KEPT_LANGUAGE = "altinn3-sprak:";

  private final PortalContext context;
  private final Altinn3Settings settings;
  private final LookupLockout lockout;
  private final Backend backend;
  private final Languages languages;

  public Altinn3Module(PortalContext context) {
    this(context, Altinn3Settings.standard());
  }

  public Altinn3Module(PortalContext context, Altinn3Settings settings) {
    this.context = context;
    this.settings = settings;
    this.lockout = new LookupLockout(settings.clock());
    this.languages = new Languages(context.directory());
    this.backend =
        new Backend(
            context.directory(),
            new CallerResolver(context.sessions(), context.directory()),
            new Altinn3State(),
            ResourceRegistry.seeded(),
            new OrganisationLookup(context.directory(), lockout),
            new PersonLookup(context.directory(), lockout),
            new UserCatalogue(context.directory()),
            languages);
    reset();
  }

  @Override
  public void configure(JavalinConfig config) {
    config.routes.exception(
        ApiProblem.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("kode", e.code())));
    // As a real single-page app's files are named by their content: the address is new with each
    // start of the portal, so a browser may keep the files for as long as the portal runs.
    String assets = Paths.ASSETS + "/" + Long.toString(System.nanoTime(), 36);
    config.staticFiles.add(
        files -> {
          files.hostedPath = assets;
          files.directory = "/practiceportal/altinn3/assets";
          files.location = Location.CLASSPATH;
          files.headers = Map.of("Cache-Control", "max-age=31536000, immutable");
        });
    SpaShell shell =
        new SpaShell(
            new LoginGate(context.sessions()), context.clientSettings(), assets, languages::of);
    config.routes.get(Paths.UI, shell);
    config.routes.get(Paths.UI + "/<path>", shell);

    String api = Paths.API;
    config.routes.get(api + "/profile", delayed(new ProfileHandler(backend)));
    config.routes.post(api + "/profile/language", delayed(new ChooseLanguageHandler(backend)));
    config.routes.get(
        api + "/user/isMaskinportenAdmin", delayed(new MaskinportenAdminCheckHandler(backend)));
    config.routes.get(
        api + "/lookup/organisation/{orgnr}", delayed(new OrganisationLookupHandler(backend)));
    config.routes.get(api + "/maskinporten/suppliers", delayed(new SuppliersHandler(backend)));
    config.routes.post(api + "/maskinporten/suppliers", delayed(new AddSupplierHandler(backend)));
    config.routes.get(
        api + "/maskinporten/suppliers/{orgnr}", delayed(new SupplierHandler(backend)));
    config.routes.delete(
        api + "/maskinporten/suppliers/{orgnr}", delayed(new DeleteSupplierHandler(backend)));
    config.routes.get(
        api + "/maskinporten/suppliers/{orgnr}/apis", delayed(new SupplierApisHandler(backend)));
    config.routes.post(
        api + "/maskinporten/suppliers/{orgnr}/apis", delayed(new GiveApiHandler(backend)));
    config.routes.delete(
        api + "/maskinporten/suppliers/{orgnr}/apis/{identifier}",
        delayed(new RemoveApiHandler(backend)));
    config.routes.get(api + "/maskinporten/consumers", delayed(new ConsumersHandler(backend)));
    config.routes.get(api + "/maskinporten/apis", delayed(new ApiSearchHandler(backend)));
    config.routes.get(
        api + "/maskinporten/scopes/search", delayed(new ScopeSearchHandler(backend)));
    config.routes.get(
        api + "/maskinporten/delegationcheck", delayed(new DelegationCheckHandler(backend)));
    config.routes.get(api + "/users", delayed(new UsersHandler(backend)));
    config.routes.post(api + "/users", delayed(new AddUserHandler(backend)));
    config.routes.get(api + "/users/{id}", delayed(new UserHandler(backend)));
    config.routes.post(
        api + "/users/{id}/singlerights", delayed(new GiveSingleRightHandler(backend)));
    config.routes.delete(
        api + "/users/{id}/singlerights/{identifier}",
        delayed(new RemoveSingleRightHandler(backend)));
    config.routes.get(
        api + "/singlerights/resources", delayed(new SingleRightSearchHandler(backend)));

    if (context.testEndpoints()) {
      config.routes.get(Paths.TEST_STATE, new TestStateHandler(backend));
      config.routes.post(Paths.TEST_LANGUAGE, new TestLanguageHandler(backend));
    }
  }

  private Handler delayed(Handler handler) {
    return Delayed.by(settings.delay(), handler);
  }

  @Override
  public void reset() {
    SeedState.apply(backend.state(), context.directory());
    lockout.clear();
    languages.reset();
  }

  /**
   * The organisation's suppliers and users back to the seed; the lookup lockout and the language
   * are per person, so they stay.
   */
  @Override
  public void reset(Organisation actor) {
    SeedState.applyTo(backend.state(), context.directory(), actor);
  }

  /** Each organisation's suppliers and users, and each person's chosen language. */
  @Override
  public Map<String, String> keep() {
    Map<String, String> kept = new LinkedHashMap<>();
    backend
        .state()
        .actors()
        .forEach(
            (orgnr, state) -> kept.put(KEPT_ACTOR + orgnr, KeptJson.write(KeptActor.of(state))));
    languages
        .chosen()
        .forEach((pid, language) -> kept.put(KEPT_LANGUAGE + pid, KeptJson.write(language)));
    return kept;
  }

  @Override
  public void recall(Map<String, String> kept) {
    kept.forEach(
        (key, json) -> {
          if (key.startsWith(KEPT_ACTOR)) {
            String orgnr = key.substring(KEPT_ACTOR.length());
            KeptActor actor = KeptJson.read(json, KeptActor.class);
            if (context.directory().organisation(orgnr).isPresent()) {
              actor.restoreInto(backend.state().actor(orgnr));
            }
          } else if (key.startsWith(KEPT_LANGUAGE)) {
            languages.recall(
                key.substring(KEPT_LANGUAGE.length()), KeptJson.read(json, String.class));
          }
        });
  }

  @Override
  public List<String> situations() {
    return Situations.names();
  }

  @Override
  public Optional<String> describeSituation(String situation) {
    return Situations.describe(situation);
  }

  @Override
  public boolean applySituation(String situation, Organisation actor) {
    return Situations.apply(situation, backend.state().suppliers(actor.orgnr()));
  }
}
