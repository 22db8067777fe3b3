package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.ADD_ORGANISATION;
import static no.dpifullmakt.altinn3.Altinn3Text.ADD_SUPPLIER_DIALOG;
import static no.dpifullmakt.altinn3.Altinn3Text.ORGNR_FIELD;
import static no.dpifullmakt.altinn3.Altinn3Text.ROW_ORGNR_PREFIX;
import static no.dpifullmakt.altinn3.Altinn3Text.YOU_ARE_ADDING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.dpifullmakt.domain.OrganisationNumber;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.PortalRefusedException;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/**
 * The dialog "Legg til leverandør": type the number, Altinn looks it up, then add it. Altinn's
 * answers are not alerts: the result and the messages are text in live regions, which a screen
 * reader reads out and a person reads in the dialog.
 */
public final class AddSupplierDialog extends Component {

  private final Altinn3Texts texts;
  private final Target dialog;
  private final Target orgnrField;
  private final Target add;
  private final String youAreAdding;

  private List<String> result = List.of();

  AddSupplierDialog(Ui page, Altinn3Texts texts) {
    super(page, page.find(Target.dialog(texts.get(ADD_SUPPLIER_DIALOG))));
    this.texts = texts;
    this.dialog = Target.dialog(texts.get(ADD_SUPPLIER_DIALOG));
    this.orgnrField = Target.textbox(texts.get(ORGNR_FIELD));
    this.add = Target.button(texts.get(ADD_ORGANISATION));
    this.youAreAdding = texts.get(YOU_ARE_ADDING);
  }

  /**
   * Types the number in "Organisasjonsnummer" and waits for Altinn's lookup to answer.
   *
   * @throws PortalRefusedException with Altinn's message when it refuses the number
   * @throws no.dpifullmakt.web.UnknownPortalTextException when Altinn answers with a message the
   *     robot does not know
   */
  public AddSupplierDialog enterOrganisationNumber(OrganisationNumber orgnr) {
    inside.type(orgnrField, orgnr.digits());
    List<List<String>> answer = new ArrayList<>();
    inside.waitFor(
        "at Altinn slår opp organisasjonsnummeret",
        () -> {
          answer.clear();
          answer.addAll(inside.liveMessages());
          return !answer.isEmpty();
        });
    Optional<List<String>> found =
        answer.stream().filter(lines -> lines.contains(youAreAdding)).findFirst();
    if (found.isPresent() && answer.size() == 1) {
      result = found.get();
      return this;
    }
    List<String> messages = answer.stream().map(lines -> String.join(" ", lines)).toList();
    String shown = String.join(" ", messages);
    if (messages.stream().allMatch(texts::knownRefusal)) {
      throw new PortalRefusedException(
          "Altinn fant ikke leverandøren " + orgnr.grouped() + ".", firstRefusal(answer));
    }
    throw inside.unknownText(shown, texts.lookupRefusals());
  }

  /** The refusal's own sentence: the first line that is one, without the help text under it. */
  private String firstRefusal(List<List<String>> answer) {
    return answer.stream().flatMap(List::stream).filter(texts::knownRefusal).findFirst().orElse("");
  }

  /** The name Altinn found: the line a person reads right under "Du legger til:". */
  public String foundName() {
    int heading = result.indexOf(youAreAdding);
    if (heading < 0 || heading + 1 >= result.size()) {
      throw inside.unreadable("navnet under «" + youAreAdding + "»");
    }
    return result.get(heading + 1);
  }

  /** The number Altinn shows for what it found, if it shows one. */
  public Optional<OrganisationNumber> foundNumber() {
    return result.stream()
        .map(line -> OrgNumberLine.read(line, texts.get(ROW_ORGNR_PREFIX)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * "Legg til virksomhet" (enabled once the lookup has succeeded). Altinn adds the supplier and
   * opens its page.
   *
   * @throws ChangeAnswerLostException when Altinn answers with an error in the dialog instead
   */
  public SupplierPage.Lookup add() {
    inside.click(add);
    String[] message = {null};
    page.waitFor(
        "at Altinn åpner leverandørsiden etter «" + texts.get(ADD_ORGANISATION) + "»",
        () -> {
          if (!page.shows(dialog)) {
            return true;
          }
          message[0] =
              inside.liveMessages().stream()
                  .map(lines -> String.join(" ", lines))
                  .filter(text -> !text.contains(youAreAdding))
                  .findFirst()
                  .orElse(null);
          return message[0] != null;
        });
    if (message[0] != null) {
      throw ChangeAnswerLostException.saying(message[0]);
    }
    return SupplierPage.lookUp(page, texts);
  }
}
