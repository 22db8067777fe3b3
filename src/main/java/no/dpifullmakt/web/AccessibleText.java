package no.dpifullmakt.web;

import java.util.regex.Pattern;

/**
 * Normalises text the way a person reads it: soft hyphens and zero-width characters vanish,
 * non-breaking spaces become spaces, and runs of white space collapse to one.
 */
public final class AccessibleText {

  private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

  private AccessibleText() {}

  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
