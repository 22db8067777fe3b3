package no.dpifullmakt.login;

import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Altinn's "Velg aktør": whom the person acts for in this session. */
public final class ActorChoiceDialog extends Component {

  static final Target DIALOG = Target.dialog(LoginTexts.CHOOSE_ACTOR);
  private static final Target SEARCH = Target.searchbox(LoginTexts.SEARCH_ACTOR);
  private static final Target MENU = Target.of(Role.MENU, NameMatcher.any());
  private static final Target ANY_ACTOR = Target.of(Role.MENUITEM, NameMatcher.any());

  ActorChoiceDialog(Ui page) {
    super(page, page.find(DIALOG));
  }

  /**
   * Chooses the organisation by its number, the one thing that is certain to be unique.
   *
   * @return false, choosing nothing, when the person cannot act for it: the list of actors (after
   *     searching for the number, when there is a search box) does not have it
   */
  public boolean choose(OrganisationNumber organisation) {
    inside.find(MENU);
    // The searchbox only appears when the person has many actors.
    if (inside.shows(SEARCH)) {
      inside.type(SEARCH, organisation.digits());
    } else {
      inside.waitFor("at lista over aktører vises", () -> inside.shows(ANY_ACTOR));
    }
    if (!inside.shows(actorItem(organisation))) {
      return false;
    }
    inside.click(actorItem(organisation));
    page.waitUntilGone(DIALOG);
    return true;
  }

  static Target actorItem(OrganisationNumber organisation) {
    return Target.of(
        Role.MENUITEM, NameMatcher.endingWith(LoginTexts.ORGNR_PREFIX + organisation.grouped()));
  }
}
