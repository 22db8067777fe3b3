package no.dpifullmakt.practiceportal.altinn2;

import io.javalin.http.Context;
import java.util.List;
import no.dpifullmakt.practiceportal.altinn2.rights.Parties;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.session.Session;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * "Profil for <org>": the accordion of profile panels. {@code ?P=<partyUuid>} switches to that
 * party when the person may act for it; {@code Section=9} opens "Andre med rettigheter" at once.
 */
final class ProfilePage {

  static final String OTHERS_WITH_RIGHTS_SECTION = "9";
  static final String OTHERS_WITH_RIGHTS_BODY = "andremedrettigheter";

  private static final String NOT_IN_PRACTICE_PORTAL =
      "Denne delen av profilen finnes ikke i øvingsportalen.";

  private final Templates templates;
  private final Guard guard;
  private final Directory directory;
  private final Parties parties;

  ProfilePage(Templates templates, Guard guard, Directory directory, Parties parties) {
    this.templates = templates;
    this.guard = guard;
    this.directory = directory;
    this.parties = parties;
  }

  void show(Context ctx) {
    Session session = guard.viewer(ctx);
    switchToRequestedParty(session, ctx.queryParam("P"));
    Organisation actor = Guard.actor(session);
    boolean openOthers = OTHERS_WITH_RIGHTS_SECTION.equals(ctx.queryParam("Section"));
    PageChrome chrome =
        PageChrome.of(ctx, session, guard, "Profil for " + actor.name(), PageChrome.Menu.PROFILE);
    ctx.html(
        templates.render(
            "altinn2/profil",
            new Model(
                chrome,
                actor.name(),
                actor.formattedOrgnr(),
                openOthers ? OTHERS_WITH_RIGHTS_BODY : "",
                panels())));
  }

  private void switchToRequestedParty(Session session, String partyUuid) {
    parties
        .byUuid(partyUuid)
        .flatMap(
            party ->
                directory.actorsFor(session.person()).stream()
                    .filter(o -> party.isOrganisation() && o.orgnr().equals(party.id()))
                    .findFirst())
        .ifPresent(session::chooseActor);
  }

  private static List<Panel> panels() {
    return List.of(
        placeholder(1, "Din kontaktinformasjon"),
        placeholder(2, "Din kontaktinformasjon for virksomheten"),
        placeholder(3, "Innloggingsinformasjon"),
        placeholder(4, "Innloggingsinformasjon - Virksomhetsbruker"),
        placeholder(5, "Felles varslingsadresser for virksomheten"),
        placeholder(6, "Skjema og tjenester du har rettighet til"),
        new Panel(
            "othersWithRightsHeader",
            OTHERS_WITH_RIGHTS_BODY,
            "Andre med rettigheter",
            Altinn2Module.OTHERS_PANEL,
            null),
        placeholder(8, "Samtykke"),
        placeholder(9, "Borolledelegering"),
        placeholder(10, "Klientdelegering"),
        placeholder(11, "Avanserte innstillinger"));
  }

  private static Panel placeholder(int number, String title) {
    return new Panel(
        "profilePanel" + number + "Header",
        "profilePanel" + number,
        title,
        null,
        NOT_IN_PRACTICE_PORTAL);
  }

  /**
   * @param src where the body's content is loaded from when the panel opens
   * @param text a static body instead
   */
  record Panel(String headerId, String bodyId, String title, String src, String text) {}

  record Model(
      PageChrome chrome,
      String actorName,
      String actorOrgnr,
      String openPanel,
      List<Panel> panels) {}
}
