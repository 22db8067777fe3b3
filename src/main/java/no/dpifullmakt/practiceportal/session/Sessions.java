package no.dpifullmakt.practiceportal.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.dpifullmakt.practiceportal.directory.Person;

/**
 * Logins, kept in memory and found through an HttpOnly cookie. Each browser gets its own session,
 * so parallel robots do not see each other's actor choice.
 */
public final class Sessions {

  /** The cookie name Altinn's own login uses. */
  public static final String COOKIE = ".ASPXAUTH";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  public Session logIn(Context ctx, Person person) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Session session = new Session(id, person);
    byId.put(id, session);
    Cookie cookie = new Cookie(COOKIE, id);
    cookie.setHttpOnly(true);
    cookie.setPath("/");
    cookie.setSameSite(SameSite.LAX);
    ctx.cookie(cookie);
    return session;
  }

  public Optional<Session> current(Context ctx) {
    String id = ctx.cookie(COOKIE);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public void logOut(Context ctx) {
    current(ctx).ifPresent(s -> byId.remove(s.id()));
    ctx.removeCookie(COOKIE, "/");
  }

  /** Ends every login, as when Altinn's sessions expire. */
  public void expireAll() {
    byId.clear();
  }
}
