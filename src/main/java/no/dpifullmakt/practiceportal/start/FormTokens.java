package no.dpifullmakt.practiceportal.start;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.dpifullmakt.practiceportal.idporten.CsrfTokens;

/**
 * Anti-forgery tokens for the start page's forms, which work without a login: each browser gets a
 * random id in an HttpOnly, SameSite=Strict cookie, and its forms carry an HMAC of that id in the
 * hidden field {@value CsrfTokens#FIELD}. A page on another site can neither read the cookie nor
 * compute the token.
 */
final class FormTokens {

  static final String COOKIE = "ovelse-skjema";

  private static final int ID_BYTES = 24;

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;

  FormTokens() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The token for this browser's forms; gives the browser its id cookie first if it has none. */
  String tokenFor(Context ctx) {
    String id = ctx.cookie(COOKIE);
    if (!wellFormed(id)) {
      id = newId();
      Cookie cookie = new Cookie(COOKIE, id);
      cookie.setPath("/");
      cookie.setHttpOnly(true);
      cookie.setSameSite(SameSite.STRICT);
      ctx.cookie(cookie);
    }
    return sign(id);
  }

  /** Whether the posted form carries the token of this browser's id. */
  boolean accepts(Context ctx) {
    String id = ctx.cookie(COOKIE);
    String sent = ctx.formParam(CsrfTokens.FIELD);
    return wellFormed(id)
        && sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), sign(id).getBytes(StandardCharsets.UTF_8));
  }

  private static boolean wellFormed(String id) {
    return id != null && id.matches("[A-Za-z0-9_-]{32}");
  }

  private String newId() {
    byte[] bytes = new byte[ID_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String sign(String id) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
