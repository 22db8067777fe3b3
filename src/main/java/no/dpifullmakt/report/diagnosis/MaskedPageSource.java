package no.dpifullmakt.report.diagnosis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.dpifullmakt.domain.Secret;
import no.dpifullmakt.report.SecretMask;

/**
 * A page's HTML made fit to save: every field value is masked (a field may hold a national identity
 * number, a hidden field a token), so are token meta tags, and then the whole text passes {@link
 * SecretMask}. Button labels written as values stay, since they are what a person reads.
 */
public final class MaskedPageSource {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern VALUE =
      Pattern.compile("(\\svalue\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BUTTON_TYPE =
      Pattern.compile(
          "\\stype\\s*=\\s*[\"']?(submit|button|reset)[\"'\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEXTAREA =
      Pattern.compile(
          "(<textarea\\b[^>]*>)(.*?)(</textarea>)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TOKEN_META =
      Pattern.compile("<meta\\b[^>]*(token|csrf|xsrf)[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT =
      Pattern.compile(
          "(\\scontent\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s>]+)", Pattern.CASE_INSENSITIVE);
  private static final String MASKED = "\"" + Secret.MASK + "\"";

  private MaskedPageSource() {}

  public static String of(String html) {
    if (html == null) {
      return "";
    }
    String masked = replaceEach(INPUT, html, MaskedPageSource::maskInput);
    masked =
        replaceEach(
            TEXTAREA,
            masked,
            m -> m.group(1) + (m.group(2).isEmpty() ? "" : Secret.MASK) + m.group(3));
    masked = replaceEach(TOKEN_META, masked, m -> maskAttribute(CONTENT, m.group()));
    return SecretMask.apply(masked);
  }

  private static String maskInput(Matcher input) {
    String tag = input.group();
    return BUTTON_TYPE.matcher(tag).find() ? tag : maskAttribute(VALUE, tag);
  }

  private static String maskAttribute(Pattern attribute, String tag) {
    return replaceEach(attribute, tag, m -> m.group(1) + MASKED);
  }

  private static String replaceEach(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
