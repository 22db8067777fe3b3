package no.dpifullmakt.altinn3;

import static no.dpifullmakt.altinn3.Altinn3Text.DELETE_SUPPLIER;
import static no.dpifullmakt.altinn3.Altinn3Text.DELETE_SUPPLIER_QUESTION;

import java.util.Locale;
import no.dpifullmakt.web.Component;
import no.dpifullmakt.web.NameMatcher;
import no.dpifullmakt.web.Role;
import no.dpifullmakt.web.Target;
import no.dpifullmakt.web.Ui;

/**
 * Altinn's question before it deletes a supplier: a dialog WITHOUT a name, known by its heading
 * "Slett leverandør" and its sentence naming the supplier.
 */
public final class DeleteSupplierDialog extends Component {

  private static final Target OPEN_DIALOG = Target.of(Role.DIALOG, NameMatcher.any());
  private final Altinn3Texts texts;

  DeleteSupplierDialog(Ui page, Altinn3Texts texts) {
    super(page, page.find(OPEN_DIALOG));
    this.texts = texts;
    inside.find(Target.heading(2, texts.get(DELETE_SUPPLIER)));
  }

  /** Whether Altinn's question names this supplier (ignoring case, as names are formatted). */
  public boolean names(String supplierName) {
    String question =
        texts
            .get(DELETE_SUPPLIER_QUESTION)
            .replace("{name}", supplierName)
            .toLowerCase(Locale.ROOT);
    return inside.lines().stream()
        .anyMatch(line -> line.toLowerCase(Locale.ROOT).startsWith(question));
  }

  /** "Slett leverandør" in the question: Altinn deletes it and shows the supplier list. */
  public MaskinportenPage confirm() {
    inside.click(Target.button(texts.get(DELETE_SUPPLIER)));
    return new MaskinportenPage(page, texts);
  }
}
