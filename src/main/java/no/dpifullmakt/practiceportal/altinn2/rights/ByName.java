package no.dpifullmakt.practiceportal.altinn2.rights;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Norwegian alphabetical order (Æ, Ø, Å last), as Altinn sorts its lists. */
final class ByName {

  private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

  static final Comparator<String> TEXT = (a, b) -> compare(a, b);

  /** By title; equal titles (a look-alike may copy one) by owner, then code. */
  static final Comparator<AltinnService> SERVICES =
      Comparator.comparing(AltinnService::name, TEXT)
          .thenComparing(AltinnService::owner, TEXT)
          .thenComparing(AltinnService::code);

  static final Comparator<RightHolder> RIGHT_HOLDERS =
      Comparator.comparing((RightHolder h) -> h.party().name(), TEXT);

  private ByName() {}

  private static int compare(String a, String b) {
    synchronized (NORWEGIAN) {
      return NORWEGIAN.compare(a, b);
    }
  }
}
