package no.dpifullmakt.practiceportal.start;

import io.javalin.http.Context;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;
import no.dpifullmakt.practiceportal.idporten.IdPortenModule;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.session.Sessions;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * The start page {@code /}: what the practice portal is, the two ways in, whom to log in as, the
 * suppliers to use, and the practice controls. It needs no login.
 */
final class StartPage {

  /** The organisation the start page suggests first, as the robot's practice environment does. */
  static final String SUGGESTED_ACTOR = "315260183";

  private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

  private final Templates templates;
  private final Directory directory;
  private final Sessions sessions;
  private final PracticeAreas areas;
  private final FormTokens tokens;

  StartPage(
      Templates templates,
      Directory directory,
      Sessions sessions,
      PracticeAreas areas,
      FormTokens tokens) {
    this.templates = templates;
    this.directory = directory;
    this.sessions = sessions;
    this.areas = areas;
    this.tokens = tokens;
  }

  void show(Context ctx) {
    render(ctx, null, null, null);
  }

  /**
   * The page, with a notice on top and the situation form filled in as it was posted.
   *
   * @param chosenActor the posted organisation number, or null
   * @param chosenSituation the posted situation, or null
   */
  void render(Context ctx, Notice notice, String chosenActor, String chosenSituation) {
    Optional<Session> session = sessions.current(ctx);
    String actor =
        chosenActor != null
            ? chosenActor
            : session.flatMap(Session::actor).map(Organisation::orgnr).orElse(SUGGESTED_ACTOR);
    ctx.header("Cache-Control", "no-store")
        .html(
            templates.render(
                "start/startside",
                new Model(
                    CsrfTokens.FIELD,
                    tokens.tokenFor(ctx),
                    notice,
                    session.map(SignedIn::of).orElse(null),
                    areas.all(),
                    TestPeople.of(directory),
                    SupplierChoices.of(directory),
                    actorOptions(actor),
                    situationGroups(chosenSituation))));
  }

  /** Every organisation someone may act for, by name. */
  List<Organisation> actors() {
    return directory.people().stream()
        .flatMap(p -> directory.actorsFor(p).stream())
        .distinct()
        .sorted(Comparator.comparing(o -> DisplayNames.titleCase(o.name()), NORWEGIAN))
        .toList();
  }

  private List<ActorOption> actorOptions(String selected) {
    return actors().stream()
        .map(
            o ->
                new ActorOption(
                    o.orgnr(), DisplayNames.titleCase(o.name()), o.orgnr().equals(selected)))
        .toList();
  }

  private List<SituationGroup> situationGroups(String selected) {
    return areas.all().stream()
        .filter(a -> !a.module().situations().isEmpty())
        .map(a -> new SituationGroup(a.name(), options(a, selected)))
        .toList();
  }

  private static List<SituationOption> options(PracticeArea area, String selected) {
    return area.module().situations().stream()
        .sorted(SituationOrder.READING)
        .map(
            name ->
                new SituationOption(
                    name,
                    area.module().describeSituation(name).orElse(name),
                    Objects.equals(name, selected)))
        .collect(Collectors.toList());
  }

  record Model(
      String csrfField,
      String csrfToken,
      Notice notice,
      SignedIn signedIn,
      List<PracticeArea> areas,
      List<TestPerson> people,
      List<SupplierChoice> suppliers,
      List<ActorOption> actors,
      List<SituationGroup> situationGroups) {

    public String title() {
      return "Øvingsportalen – øv på å gi DPI-rettigheten";
    }
  }

  record SignedIn(String personName, String actorName, String logoutHref) {
    static SignedIn of(Session session) {
      return new SignedIn(
          session.person().fullName(),
          session.actor().map(o -> DisplayNames.titleCase(o.name())).orElse(null),
          IdPortenModule.LOGOUT);
    }
  }

  record ActorOption(String orgnr, String name, boolean selected) {}

  record SituationGroup(String areaName, List<SituationOption> options) {}

  record SituationOption(String name, String description, boolean checked) {
    public String inputId() {
      return "situasjon-" + name;
    }
  }
}
