package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import java.util.List;
import no.dpifullmakt.practiceportal.web.Templates;

/**
 * ID-porten's "Velg elektronisk ID". Only TestID leads anywhere; the other methods show a notice,
 * since nobody's real electronic ID may ever be used in the practice portal.
 */
final class LoginMethodsPage {

  private static final List<LoginMethod> METHODS =
      List.of(
          new LoginMethod("minid", "MinID", null),
          new LoginMethod("bankid", "BankID", null),
          new LoginMethod("bankid-mobil", "BankID på mobil", null),
          new LoginMethod("buypass", "Buypass", null),
          new LoginMethod("commfides", "Commfides", null));

  private final Templates templates;

  LoginMethodsPage(Templates templates) {
    this.templates = templates;
  }

  void show(Context ctx) {
    String returnPath = ReturnPath.sanitize(ctx.queryParam("goto"));
    String notice =
        METHODS.stream()
            .filter(m -> m.id().equals(ctx.queryParam("metode")))
            .findFirst()
            .map(m -> m.title() + " er ikke tilgjengelig i øvingsportalen. Logg inn med TestID.")
            .orElse(null);
    String encoded = ReturnPath.encode(returnPath);
    ctx.html(
        templates.render(
            "idporten/login",
            new Model(
                METHODS.stream().map(m -> m.link(encoded)).toList(),
                IdPortenModule.TEST_ID + "?goto=" + encoded,
                notice)));
  }

  private record LoginMethod(String id, String title, String subtitle) {
    Link link(String encodedReturnPath) {
      return new Link(
          IdPortenModule.LOGIN + "?goto=" + encodedReturnPath + "&metode=" + id, title, subtitle);
    }
  }

  record Link(String href, String title, String subtitle) {}

  record Model(List<Link> methods, String testIdHref, String notice) {
    public String title() {
      return "Velg elektronisk ID - ID-porten";
    }
  }
}
