package no.dpifullmakt.practiceportal.altinn3.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import no.dpifullmakt.practiceportal.directory.Person;
import no.dpifullmakt.practiceportal.idporten.LoginGate;
import no.dpifullmakt.practiceportal.web.ClientSettings;

/**
 * Every path under {@link Paths#UI} answers with the same page, and its script renders the route,
 * as a React app behind a CDN does. Someone not logged in, or without a chosen actor, is sent to
 * the login first and comes back afterwards. While the practice portal has a change or a fault
 * switched on, the page's head also carries {@link ClientSettings}. The page is in the person's
 * language: {@code <html lang>} says it before any script runs, and the app picks its texts by it.
 */
public final class SpaShell implements Handler {

  private static final String INDEX = "/practiceportal/altinn3/index.html";

  private final LoginGate gate;
  private final ClientSettings practice;
  private final Function<Person, String> languageOf;
  private final String html;

  /** What the page itself says before the app has drawn anything, per language. */
  private static final Map<String, Map<String, String>> SHELL_TEXTS =
      Map.of(
          "nn",
          Map.of(
              "<title>Tilgangsstyring - Altinn</title>",
              "<title>Tilgangsstyring - Altinn</title>",
              "aria-label=\"Laster inn\"",
              "aria-label=\"Lastar inn\""),
          "en",
          Map.of(
              "<title>Tilgangsstyring - Altinn</title>",
              "<title>Access management - Altinn</title>",
              "aria-label=\"Laster inn\"",
              "aria-label=\"Loading\""));

  /**
   * @param assets where this portal serves the app's files, such as {@code
   *     /accessmanagement/assets/m3k2j1}
   * @param languageOf the person's language: "nb", "nn" or "en"
   */
  public SpaShell(
      LoginGate gate, ClientSettings practice, String assets, Function<Person, String> languageOf) {
    this.gate = gate;
    this.practice = practice;
    this.languageOf = languageOf;
    this.html = read().replace(Paths.ASSETS + "/", assets + "/");
  }

  @Override
  public void handle(Context ctx) {
    String language = languageOf.apply(gate.requireActor(ctx).person());
    String meta = practice.metaTag();
    String page = meta.isEmpty() ? html : html.replace("</head>", meta + "\n</head>");
    page = inLanguage(page, language);
    ctx.header("Cache-Control", "no-store").html(page);
  }

  /** Bokmål is the page as it is; the other languages change its lang and its own few texts. */
  static String inLanguage(String page, String language) {
    if ("nb".equals(language)) {
      return page;
    }
    String translated = page.replace("<html lang=\"nb\">", "<html lang=\"" + language + "\">");
    for (Map.Entry<String, String> text : SHELL_TEXTS.getOrDefault(language, Map.of()).entrySet()) {
      translated = translated.replace(text.getKey(), text.getValue());
    }
    return translated;
  }

  private static String read() {
    try (InputStream in = SpaShell.class.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new IllegalStateException("Mangler " + INDEX);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
