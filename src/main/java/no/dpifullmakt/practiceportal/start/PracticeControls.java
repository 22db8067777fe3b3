package no.dpifullmakt.practiceportal.start;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.dpifullmakt.practiceportal.altinn3.DisplayNames;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.idporten.ReturnPath;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.session.Sessions;

/**
 * The practice controls for people, with or without test endpoints: "Start på nytt" puts everything
 * back to the seed, "Start fra en situasjon" puts one organisation into a named situation. Both are
 * forms with an anti-forgery token, and both answer with the start page saying what happened.
 */
final class PracticeControls {

  static final String ACTOR_FIELD = "aktor";
  static final String SITUATION_FIELD = "situasjon";

  private final StartPage page;
  private final Directory directory;
  private final Sessions sessions;
  private final PracticeAreas areas;
  private final FormTokens tokens;
  private final Runnable resetAll;

  PracticeControls(
      StartPage page,
      Directory directory,
      Sessions sessions,
      PracticeAreas areas,
      FormTokens tokens,
      Runnable resetAll) {
    this.page = page;
    this.directory = directory;
    this.sessions = sessions;
    this.areas = areas;
    this.tokens = tokens;
    this.resetAll = resetAll;
  }

  void startOver(Context ctx) {
    if (refused(ctx)) {
      return;
    }
    resetAll.run();
    page.render(
        ctx,
        Notice.done(
            "Alt er satt tilbake til utgangspunktet",
            List.of(
                "Alle rettigheter, leverandører og brukere er som da øvingsportalen startet.",
                "Alle er logget ut, så du begynner med innloggingen."),
            null),
        null,
        null);
  }

  void startFromSituation(Context ctx) {
    if (refused(ctx)) {
      return;
    }
    String orgnr = ctx.formParam(ACTOR_FIELD);
    String situation = ctx.formParam(SITUATION_FIELD);
    Optional<Organisation> actor =
        page.actors().stream().filter(o -> o.orgnr().equals(orgnr)).findFirst();
    Optional<PracticeArea> area =
        situation == null ? Optional.empty() : areas.withSituation(situation);
    if (actor.isEmpty() || area.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST);
      page.render(
          ctx,
          Notice.failed(
              "Situasjonen ble ikke startet",
              "Velg både en virksomhet og en situasjon, og prøv igjen."),
          orgnr,
          situation);
      return;
    }
    area.get().module().applySituation(situation, actor.get());
    page.render(ctx, applied(ctx, actor.get(), area.get(), situation), orgnr, situation);
  }

  private Notice applied(Context ctx, Organisation actor, PracticeArea area, String situation) {
    String name = DisplayNames.titleCase(actor.name());
    List<String> lines = new ArrayList<>();
    area.module().describeSituation(situation).ifPresent(lines::add);
    List<TestPerson> people =
        TestPeople.of(directory).stream()
            .filter(p -> area.access().allows(directory, p.person(), actor))
            .toList();
    if (people.isEmpty()) {
      lines.add(
          "Ingen av testpersonene kan øve på dette i "
              + area.name()
              + " for "
              + name
              + ". Velg en annen virksomhet.");
    } else {
      lines.add("Logg inn som " + names(people) + ", og velg " + name + ".");
    }
    lines.add("Bare " + name + " i " + area.name() + " er endret. Alt annet er som før.");
    return Notice.done(
        name + " starter fra en ny situasjon i " + area.name(),
        lines,
        new Notice.Link(practiceHref(ctx, actor, area), "Gå til " + area.name()));
  }

  /** Straight to the page, or through "Velg aktør" when logged in for another organisation. */
  private String practiceHref(Context ctx, Organisation actor, PracticeArea area) {
    Optional<Session> session = sessions.current(ctx);
    boolean otherActor =
        session.isPresent()
            && !session.get().actor().map(a -> a.orgnr().equals(actor.orgnr())).orElse(false);
    return otherActor
        ? LoginGate.chooseActorPath(ReturnPath.sanitize(area.practicePath()))
        : area.practicePath();
  }

  private static String names(List<TestPerson> people) {
    List<String> names = people.stream().map(TestPerson::nameAndPid).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
        + " eller "
        + names.get(names.size() - 1);
  }

  /** Answers 403 with the page and {@link CsrfTokens#REFUSED} unless the form's token is good. */
  private boolean refused(Context ctx) {
    if (tokens.accepts(ctx)) {
      return false;
    }
    ctx.status(HttpStatus.FORBIDDEN);
    page.render(ctx, Notice.failed("Ingenting ble endret", CsrfTokens.REFUSED), null, null);
    return true;
  }
}
