package no.dpifullmakt.login;

import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Altinn's "Velg aktør": whom the person acts for in this session. */
public final class ActorChoiceDialog extends Component {

  private static final Target DIALOG = Target.dialog(LoginTexts.CHOOSE_ACTOR);
  private static final Target SEARCH = Target.searchbox(LoginTexts.SEARCH_ACTOR);

  ActorChoiceDialog(Ui page) {
    super(page, page.find(DIALOG));
  }

  /** Chooses the organisation by its number, the one thing that is certain to be unique. */
  public void choose(OrganisationNumber organisation) {
    // The searchbox only appears when the person has many actors.
    if (inside.shows(SEARCH)) {
      inside.type(SEARCH, organisation.digits());
    }
    inside.click(actorItem(organisation));
    page.waitUntilGone(DIALOG);
  }

  static Target actorItem(OrganisationNumber organisation) {
    return Target.of(
        Role.MENUITEM, NameMatcher.endingWith(LoginTexts.ORGNR_PREFIX + organisation.grouped()));
  }
}
