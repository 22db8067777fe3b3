package no.dpifullmakt.practiceportal.altinn2.rights;

import java.util.List;
import java.util.Locale;

/** A single service ("enkelttjeneste") a right can be given for. */
public record AltinnService(String code, String name, String owner, List<String> keywords) {

  public AltinnService {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** The same service under another title, as a screen may show it. */
  public AltinnService withName(String shownName) {
    return new AltinnService(code, shownName, owner, keywords);
  }

  /** True when every word occurs in the name, the owner or a keyword, ignoring case. */
  boolean matchesAll(List<String> lowerCaseWords) {
    String haystack =
        (name + "\n" + owner + "\n" + String.join("\n", keywords)).toLowerCase(Locale.ROOT);
    return lowerCaseWords.stream().allMatch(haystack::contains);
  }
}
