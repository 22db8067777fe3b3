package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.BACK;
import static no.dpifullmakt.altinn3.Altinn3Text.CANNOT_GIVE;
import static no.dpifullmakt.altinn3.Altinn3Text.CLOSE;
import static no.dpifullmakt.altinn3.Altinn3Text.GIVE_DIALOG;
import static no.dpifullmakt.altinn3.Altinn3Text.GIVE_FOR;
import static no.dpifullmakt.altinn3.Altinn3Text.HITS;
import static no.dpifullmakt.altinn3.Altinn3Text.NO_HITS;
import static no.dpifullmakt.altinn3.Altinn3Text.PAGE;
import static no.dpifullmakt.altinn3.Altinn3Text.REMOVE_FOR;
import static no.dpifullmakt.altinn3.Altinn3Text.SCOPES;
import static no.dpifullmakt.altinn3.Altinn3Text.SEARCH_API;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.ListedItem;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;
import org.openqa.selenium.WebElement;

/**
 * "Hvilke API vil du gi <leverandør> fullmakt til?": search, open an API to read its scopes, and
 * "Gi fullmakt for <API>" or "Slett fullmakt for <API>" in its row.
 */
public final class GiveApiDialog extends Component {

  private static final Target ROW = Target.of(Role.LISTITEM, NameMatcher.any());
  private static final Target LIST = Target.of(Role.LIST, NameMatcher.any());
  private static final Target ANY_BUTTON = Target.of(Role.BUTTON, NameMatcher.any());
  private static final Target TITLE = new Target(Role.HEADING, NameMatcher.any(), 3);

  private final Altinn3Texts texts;
  private final Target dialog;
  private final Target search;
  private final Target close;
  private final Target back;
  private final Target scopes;
  private final NameMatcher hits;
  private final String giveFor;
  private final String removeFor;

  GiveApiDialog(Ui page, Altinn3Texts texts) {
    super(page, page.find(Target.of(Role.DIALOG, NameMatcher.template(texts.get(GIVE_DIALOG)))));
    this.texts = texts;
    this.dialog = Target.of(Role.DIALOG, NameMatcher.template(texts.get(GIVE_DIALOG)));
    this.search = Target.searchbox(texts.get(SEARCH_API));
    this.close = Target.button(texts.get(CLOSE));
    this.back = Target.button(texts.get(BACK));
    this.scopes = Target.heading(4, texts.get(SCOPES));
    this.hits = NameMatcher.withNumber(texts.get(HITS));
    this.giveFor = texts.get(GIVE_FOR);
    this.removeFor = texts.get(REMOVE_FOR);
  }

  /**
   * Types the query in "Søk etter API" and reads the first page of results once they are this
   * search's: the dialog first lists every API, and the search runs a moment after typing stops, so
   * for a while the rows on screen are the old ones, and they may be drawn anew meanwhile. The
   * answer is known by its count: "N treff på søket:" differs from the count of everything.
   */
  public List<ApiRow> search(String query) {
    rows(1);
    int everything = hits();
    List<WebElement> before = firstRow();
    inside.type(search, query);
    List<ApiRow> rows = new ArrayList<>();
    inside.waitFor(
        "at lista viser treffene for «" + query + "»",
        () -> {
          rows.clear();
          if (before.stream().anyMatch(row -> !Ui.isDetached(row)) || hits() == everything) {
            return false;
          }
          return readRows(1).map(rows::addAll).isPresent();
        });
    return List.copyOf(rows);
  }

  /** How many APIs Altinn says the search found, on all pages ("N treff på søket:"). */
  public int hits() {
    return inside.lines().stream()
        .map(line -> line.endsWith(":") ? line.substring(0, line.length() - 1) : line)
        .filter(hits::matches)
        .map(line -> Integer.parseInt(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0);
  }

  /** "Side N": the next page of results, read once complete. */
  public List<ApiRow> showPage(int number) {
    List<WebElement> before = firstRow();
    inside.click(Target.button(texts.get(PAGE).replace("{n}", String.valueOf(number))));
    List<ApiRow> rows = new ArrayList<>();
    inside.waitFor(
        "at side " + number + " av treffene vises",
        () -> {
          rows.clear();
          return before.stream().allMatch(Ui::isDetached)
              && readRows(number).map(rows::addAll).isPresent();
        });
    return List.copyOf(rows);
  }

  /** The rows as they are now; waits until every row is understood. */
  public List<ApiRow> rows(int page) {
    List<ApiRow> rows = new ArrayList<>();
    inside.waitFor(
        "at hver rad i lista har «" + giveFor + "…» eller «" + removeFor + "…»",
        () -> {
          rows.clear();
          return readRows(page).map(rows::addAll).isPresent();
        });
    return List.copyOf(rows);
  }

  /** The first row, if any: when the list is drawn anew, it goes with the rest. */
  private List<WebElement> firstRow() {
    return rowItems().stream().limit(1).map(AccessibleElement::element).toList();
  }

  /** The items of the results: the first list in the dialog (the pages' buttons come after it). */
  private List<AccessibleElement> rowItems() {
    List<AccessibleElement> lists = inside.scan(LIST);
    return lists.isEmpty() ? List.of() : inside.within(lists.get(0).element()).scan(ROW);
  }

  /**
   * Every row, if each is understood: exactly one action, "Gi fullmakt for <title>" or "Slett
   * fullmakt for <title>", beside a button that opens the API. Empty while rows are still loading
   * (placeholder rows have no buttons) or when there are none and the page does not say so.
   */
  private Optional<List<ApiRow>> readRows(int page) {
    List<AccessibleElement> lists = inside.scan(LIST);
    List<ListedItem> items =
        lists.isEmpty() ? List.of() : inside.within(lists.get(0).element()).items(ROW, ANY_BUTTON);
    if (items.isEmpty()) {
      return inside.showsLineStartingWith(texts.get(NO_HITS))
          ? Optional.of(List.of())
          : Optional.empty();
    }
    List<ApiRow> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<ApiRow> row = understood(items.get(i).parts(), i, page);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      rows.add(row.get());
    }
    return Optional.of(rows);
  }

  private Optional<ApiRow> understood(List<AccessibleElement> buttons, int position, int page) {
    List<AccessibleElement> actions =
        buttons.stream()
            .filter(b -> b.name().startsWith(giveFor) || b.name().startsWith(removeFor))
            .toList();
    if (buttons.size() != 2 || actions.size() != 1) {
      return Optional.empty();
    }
    AccessibleElement action = actions.get(0);
    boolean given = action.name().startsWith(removeFor);
    String title = action.name().substring((given ? removeFor : giveFor).length());
    return Optional.of(new ApiRow(position, page, title, given, !action.disabled()));
  }

  /** The row, found again at its place whenever the list is drawn anew. */
  private Ui row(ApiRow row) {
    Ui item =
        inside.within(
            () -> {
              List<AccessibleElement> items = rowItems();
              return row.position() < items.size()
                  ? Optional.of(items.get(row.position()).element())
                  : Optional.empty();
            });
    if (item.scan(ANY_BUTTON).isEmpty()) {
      throw inside.unreadable("raden for «" + row.title() + "» i lista");
    }
    return item;
  }

  /** Opens the API (the button with its title) and reads what a person reads about it. */
  public ApiDetails openDetails(ApiRow row) {
    Ui item = row(row);
    item.click(Target.of(Role.BUTTON, NameMatcher.startingWith(row.title() + " ")));
    inside.find(back);
    inside.find(scopes);
    String title = inside.textOf(TITLE);
    List<String> scopeNames = inside.itemsUnder(scopes).orElse(List.of());
    return new ApiDetails(title, inside.lines(), scopeNames);
  }

  /** "Tilbake" from an API's details, to the results as they were. */
  public List<ApiRow> back(int page) {
    inside.click(back);
    inside.waitUntilGone(scopes);
    return rows(page);
  }

  /**
   * "Gi fullmakt for <API>" in this row. Altinn stores it at once; the row then offers "Slett
   * fullmakt for <API>".
   *
   * @throws PortalRefusedException when Altinn says the API cannot be given
   * @throws no.dpifullmakt.web.ChangeAnswerLostException when Altinn answers with an error
   */
  public ApiRow give(ApiRow row) {
    return act(row, giveFor, true);
  }

  /** "Slett fullmakt for <API>" in this row; the row then offers "Gi fullmakt for <API>". */
  public ApiRow revoke(ApiRow row) {
    return act(row, removeFor, false);
  }

  private ApiRow act(ApiRow row, String action, boolean givenAfter) {
    row(row).click(Target.button(action + row.title()));
    ApiRow[] after = {null};
    inside.waitFor(
        "at raden for «"
            + row.title()
            + "» viser «"
            + (givenAfter ? removeFor : giveFor)
            + row.title()
            + "»",
        () -> {
          if (inside.showsLineStartingWith(texts.get(CANNOT_GIVE))) {
            throw new PortalRefusedException(
                "Altinn lot ikke roboten gi fullmakt til «" + row.title() + "».",
                texts.get(CANNOT_GIVE));
          }
          after[0] =
              readRows(row.page())
                  .filter(rows -> rows.size() > row.position())
                  .map(rows -> rows.get(row.position()))
                  .filter(now -> now.title().equals(row.title()))
                  .filter(now -> now.given() == givenAfter && now.known())
                  .orElse(null);
          return after[0] != null;
        });
    return after[0];
  }

  /** "Lukk": back to the supplier's page, which reads its list again. */
  public SupplierPage close() {
    inside.click(close);
    page.waitUntilGone(dialog);
    return new SupplierPage(page, texts);
  }
}
