package no.dpifullmakt.practiceportal.idporten;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.dpifullmakt.practiceportal.session.Session;

/**
 * Anti-forgery tokens for the portal's forms and script POSTs: an HMAC of the session id under a
 * key that lives as long as the portal, so no token has to be stored. Pages put the token in a
 * hidden field {@value #FIELD} or send it in the header {@value #HEADER}.
 */
public final class CsrfTokens {

  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";

  /** Shown when a form is posted with a missing or stale token. */
  public static final String REFUSED = "Siden er utløpt. Last inn siden på nytt og prøv igjen.";

  private final SecretKeySpec key;

  public CsrfTokens() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  public String tokenFor(Session session) {
    return sign(session.id());
  }

  /** Ends the request with 403 unless it carries the session's token. */
  public void verify(Context ctx, Session session) {
    String sent = ctx.header(HEADER);
    if (sent == null) {
      sent = ctx.formParam(FIELD);
    }
    if (!same(sent, tokenFor(session))) {
      throw new ForbiddenResponse(REFUSED);
    }
  }

  static boolean same(String sent, String expected) {
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  private String sign(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
