package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.CLOSE;
import static no.dpifullmakt.altinn3.Altinn3Text.CLOSE_DIALOG;
import static no.dpifullmakt.altinn3.Altinn3Text.MASKINPORTEN_LINK;

import java.util.List;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** Any page of Tilgangsstyring: the sidebar leads everywhere. */
public final class AccessManagementPage extends Page {

  /** The sidebar keeps its component's default name in every language. */
  private static final Target SIDEBAR =
      Target.of(Role.NAVIGATION, NameMatcher.exact(Altinn3Texts.BOKMAL.get(Altinn3Text.SIDEBAR)));

  private static final Target ANY_LINK = Target.of(Role.LINK, NameMatcher.any());

  /** How long a menu that says it is loaded may still take to show an item. */
  private static final java.time.Duration SETTLING = java.time.Duration.ofSeconds(2);

  /**
   * What shows that the person is logged in and has chosen the organisation, in any language: the
   * robot reads the language only once it is there.
   */
  public static final Target LANDED = SIDEBAR;

  private static final Target OPEN_DIALOG = Target.of(Role.DIALOG, NameMatcher.any());

  private final Altinn3Texts texts;

  /** Shown only to someone with the access package "Maskinporten administrator". */
  private final Target maskinporten;

  public AccessManagementPage(Ui ui, Altinn3Texts texts) {
    super(ui, SIDEBAR);
    this.texts = texts;
    this.maskinporten = Target.link(texts.get(MASKINPORTEN_LINK));
  }

  /**
   * Any page of Tilgangsstyring, after closing a dialog that is open over it (a person cannot reach
   * the menu past an open dialog).
   */
  public static AccessManagementPage closingAnyDialog(Ui ui, Altinn3Texts texts) {
    if (ui.shows(OPEN_DIALOG)) {
      Ui dialog = ui.within(OPEN_DIALOG);
      for (Target close :
          List.of(Target.button(texts.get(CLOSE_DIALOG)), Target.button(texts.get(CLOSE)))) {
        if (dialog.shows(close)) {
          dialog.click(close);
          ui.waitUntilGone(OPEN_DIALOG);
          break;
        }
      }
    }
    return new AccessManagementPage(ui, texts);
  }

  /**
   * The languages whose "Maskinportenadministrasjon" link the page shows right now, read without
   * counting as a look the fingerprint keeps; empty when the link is not (yet) there. Bokmål and
   * nynorsk name it alike.
   */
  public static List<ScreenLanguage> languagesOfMaskinportenLink(Ui ui) {
    List<String> links = ui.scan(ANY_LINK).stream().map(AccessibleElement::name).toList();
    return Altinn3Texts.all().stream()
        .filter(
            texts ->
                links.stream().anyMatch(NameMatcher.exact(texts.get(MASKINPORTEN_LINK))::matches))
        .map(Altinn3Texts::language)
        .toList();
  }

  /** The link "Maskinportenadministrasjon" in the page's language. */
  public Target maskinportenLink() {
    return maskinporten;
  }

  /**
   * Step 1: "Maskinportenadministrasjon" in the sidebar.
   *
   * @throws no.dpifullmakt.web.ScreenChangedException when the sidebar has no such link, also after
   *     waiting: the person may lack the access package, or Altinn has moved it
   */
  public MaskinportenPage openMaskinporten() {
    Ui sidebar = ui.within(SIDEBAR);
    // Altinn asks who may see which items before it shows them; until then the menu is busy.
    sidebar.waitFor("at menyen er ferdig lastet", () -> !sidebar.busy());
    sidebar.waitingAtMost(SETTLING).click(maskinporten);
    return new MaskinportenPage(ui, texts);
  }

  /** The names of the sidebar's links right now. */
  public List<String> sidebarLinks() {
    return ui.within(SIDEBAR).findAll(ANY_LINK).stream().map(AccessibleElement::name).toList();
  }
}
