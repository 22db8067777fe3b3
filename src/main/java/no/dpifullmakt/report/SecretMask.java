package no.dpifullmakt.report;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import no.dpifullmakt.domain.Secret;

/**
 * The last line of defence against leaks: every text bound for a log, report or file name passes
 * here. It masks every registered secret and, to be safe, anything shaped like a national identity
 * number (eleven digits in a row).
 */
public final class SecretMask {

  private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
  private static final Set<Secret> SECRETS = new CopyOnWriteArraySet<>();

  private SecretMask() {}

  public static void register(Secret secret) {
    SECRETS.add(secret);
  }

  public static String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    for (Secret secret : SECRETS) {
      masked = secret.maskIn(masked);
    }
    return ELEVEN_DIGITS.matcher(masked).replaceAll(Secret.MASK);
  }
}
