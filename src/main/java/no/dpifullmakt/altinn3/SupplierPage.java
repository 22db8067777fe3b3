package no.dpifullmakt.altinn3;

import java.util.List;
import no.dpifullmakt.web.AccessibleElement;
import no.dpifullmakt.web.ChangeAnswerLostException;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Page;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/** A supplier's page: "Fullmakt til N API", the APIs it has, "Gi fullmakt". */
public final class SupplierPage extends Page {

  static final Target COUNT =
      Target.of(Role.HEADING, NameMatcher.withNumber(Altinn3Texts.API_COUNT)).withLevel(2);
  private static final Target NAME = new Target(Role.HEADING, NameMatcher.any(), 1);
  private static final Target GIVE = Target.button(Altinn3Texts.GIVE);
  private static final Target REMOVE_ANY =
      Target.of(Role.BUTTON, NameMatcher.startingWith(Altinn3Texts.REMOVE_FOR));

  SupplierPage(Ui ui) {
    super(ui, COUNT);
    ui.waitUntilGone(Altinn3Loading.SPINNER);
  }

  /** The supplier's name as Altinn shows it in the heading. */
  public String supplierName() {
    return ui.find(NAME).getText().strip();
  }

  /** The APIs the supplier has now, read from their "Slett fullmakt for <API>" buttons. */
  public List<String> givenApis() {
    return ui.findAll(REMOVE_ANY).stream()
        .map(AccessibleElement::name)
        .map(name -> name.substring(Altinn3Texts.REMOVE_FOR.length()))
        .toList();
  }

  /** "Gi fullmakt" opens the dialog where APIs are chosen. */
  public GiveApiDialog openGiveDialog() {
    String supplier = supplierName();
    ui.click(GIVE);
    return new GiveApiDialog(ui, supplier);
  }

  /** "Slett fullmakt for <API>": Altinn removes it at once. */
  public SupplierPage revoke(String api) {
    int before = givenApis().size();
    ui.click(Target.button(Altinn3Texts.REMOVE_FOR + api));
    ui.waitFor(
        "at fullmakten er slettet", () -> givenApis().size() < before || failure().isPresent());
    failure()
        .ifPresent(
            message -> {
              throw new ChangeAnswerLostException(message);
            });
    return this;
  }

  private java.util.Optional<String> failure() {
    return ui.messageStartingWith(Altinn3Texts.SOMETHING_WENT_WRONG);
  }

  /** "Slett leverandør", confirmed in Altinn's own question; back to the supplier list. */
  public MaskinportenPage deleteSupplier() {
    ui.click(Target.button(Altinn3Texts.DELETE_SUPPLIER));
    Target question = Target.of(Role.DIALOG, NameMatcher.startingWith("Vil du slette "));
    ui.within(question).click(Target.button(Altinn3Texts.DELETE_SUPPLIER));
    return new MaskinportenPage(ui);
  }
}
