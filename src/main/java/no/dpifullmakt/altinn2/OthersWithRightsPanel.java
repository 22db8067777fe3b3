package no.dpifullmakt.altinn2;

import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** The profile panel "Andre med rettigheter": the right holders and the add button. */
public final class OthersWithRightsPanel {

  private static final Target ADD = Target.button(Altinn2Texts.ADD_RIGHT_HOLDER);
  private static final Target LOADING =
      Target.of(Role.STATUS, NameMatcher.exact(Altinn2Texts.LOADING));
  private static final Target GIVE_OR_REMOVE = Target.button(Altinn2Texts.GIVE_OR_REMOVE);

  private final Ui ui;

  OthersWithRightsPanel(Ui ui) {
    this.ui = ui;
    // The list loads after the panel opens; until the spinner is gone, absence means nothing.
    ui.waitFor(
        "at panelet «Andre med rettigheter» er lastet",
        () -> !ui.shows(LOADING) && (ui.shows(ADD) || saysMayNotDelegate()));
    if (!ui.shows(ADD) && saysMayNotDelegate()) {
      throw new PortalRefusedException(
          "Den som er logget inn, kan ikke gi rettigheter for virksomheten: det kan bare daglig"
              + " leder eller en tilgangsstyrer.",
          refusal());
    }
  }

  /** Altinn's own sentence when the person may not delegate for the organisation. */
  private boolean saysMayNotDelegate() {
    return refusal() != null;
  }

  private String refusal() {
    return pageText()
        .lines()
        .map(String::strip)
        .filter(line -> line.startsWith(Altinn2Texts.MAY_NOT_DELEGATE))
        .findFirst()
        .orElse(null);
  }

  private String pageText() {
    return ui.driver().findElement(org.openqa.selenium.By.tagName("body")).getText();
  }

  /** Step 3: "+ Legge til ny person eller virksomhet". */
  public AddRightHolderDialog startAddingRightHolder() {
    ui.click(ADD);
    return new AddRightHolderDialog(ui);
  }

  /**
   * Loads the profile page anew and opens the panel again: the list then shows what Altinn has
   * stored, not what the page remembered.
   */
  public OthersWithRightsPanel reload() {
    String url = ui.driver().getCurrentUrl();
    int cut = url.indexOf('#');
    ui.open(cut < 0 ? url : url.substring(0, cut));
    return new ProfilePage(ui).openOthersWithRights();
  }

  /** Whether a right holder with exactly this name is in the list. */
  public boolean lists(String rightHolderName) {
    return ui.shows(Target.listItemShowing(rightHolderName));
  }

  /** "Gi eller fjern tilgang" on the row of one right holder, found by its exact name. */
  public RightHolderOverview openRightHolder(String rightHolderName) {
    Ui row = ui.within(Target.listItemShowing(rightHolderName));
    row.click(GIVE_OR_REMOVE);
    return new RightHolderOverview(ui);
  }
}
