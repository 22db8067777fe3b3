package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.List;
import java.util.Locale;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * "Velg aktør": after every login the person chooses whom to act for, even with a single party. The
 * searchbox appears only when the list is long, as in Altinn.
 */
final class ChooseActorPage {

  /** Altinn shows the searchbox only above this many parties. */
  static final int SEARCH_THRESHOLD = 10;

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  private final Templates templates;
  private final Directory directory;
  private final LoginGate gate;
  private final CsrfTokens csrf;

  ChooseActorPage(Templates templates, Directory directory, LoginGate gate, CsrfTokens csrf) {
    this.templates = templates;
    this.directory = directory;
    this.gate = gate;
    this.csrf = csrf;
  }

  void show(Context ctx) {
    Session session = gate.requirePerson(ctx);
    List<Party> parties =
        directory.actorsFor(session.person()).stream()
            .map(o -> new Party(o.orgnr(), o.name().toUpperCase(BOKMAL), o.formattedOrgnr()))
            .toList();
    ctx.html(
        templates.render(
            "idporten/velg-aktor",
            new Model(
                ReturnPath.sanitize(ctx.queryParam("goto")),
                CsrfTokens.FIELD,
                csrf.tokenFor(session),
                parties,
                parties.size() > SEARCH_THRESHOLD)));
  }

  void choose(Context ctx) {
    Session session = gate.requirePerson(ctx);
    csrf.verify(ctx, session);
    String orgnr = ctx.formParam("aktor");
    Organisation actor =
        directory.actorsFor(session.person()).stream()
            .filter(o -> o.orgnr().equals(orgnr))
            .findFirst()
            .orElseThrow(() -> new ForbiddenResponse("Du kan ikke representere denne aktøren."));
    session.chooseActor(actor);
    ctx.redirect(ReturnPath.sanitize(ctx.formParam("goto")));
  }

  record Party(String orgnr, String name, String formattedOrgnr) {}

  record Model(
      String returnPath,
      String csrfField,
      String csrfToken,
      List<Party> parties,
      boolean searchable) {

    public boolean none() {
      return parties.isEmpty();
    }
  }
}
