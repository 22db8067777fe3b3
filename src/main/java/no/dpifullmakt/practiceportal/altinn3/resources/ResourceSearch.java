package no.dpifullmakt.practiceportal.altinn3.resources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Searches resources the way Altinn's resource search does: the query is split into words; a
 * resource matches when any word occurs (case-insensitive) in its title, description, right
 * description, owner name, identifier, keywords or scopes. More matching words rank higher, and a
 * query that equals an identifier or a scope comes first. An empty query lists everything.
 */
public final class ResourceSearch {

  private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

  private ResourceSearch() {}

  /** Searches with the bokmål titles. */
  public static List<Resource> search(List<Resource> candidates, String query) {
    return search(candidates, query, "nb");
  }

  /**
   * Searches with the titles in the caller's language ({@code "nb"}, {@code "nn"} or {@code "en"});
   * everything else (description, identifier, scopes, …) as the registry has it.
   */
  public static List<Resource> search(List<Resource> candidates, String query, String language) {
    String trimmed = query == null ? "" : query.trim();
    if (trimmed.isEmpty()) {
      return List.copyOf(candidates);
    }
    Set<String> words = words(trimmed);
    List<Scored> hits = new ArrayList<>();
    for (Resource resource : candidates) {
      Scored scored = score(resource, trimmed, words, language);
      if (scored.matchingWords() > 0) {
        hits.add(scored);
      }
    }
    hits.sort(
        Comparator.comparing(Scored::exact)
            .reversed()
            .thenComparing(Comparator.comparingInt(Scored::matchingWords).reversed())
            .thenComparing(Comparator.comparingInt(Scored::wordsInTitle).reversed()));
    return hits.stream().map(Scored::resource).toList();
  }

  static Set<String> words(String query) {
    Set<String> words = new LinkedHashSet<>();
    Arrays.stream(query.toLowerCase(NORWEGIAN).split("\\s+"))
        .filter(w -> !w.isEmpty())
        .forEach(words::add);
    return words;
  }

  private static Scored score(Resource resource, String query, Set<String> words, String language) {
    String haystack = String.join("\n", fields(resource, language)).toLowerCase(NORWEGIAN);
    String title = resource.title(language).toLowerCase(NORWEGIAN);
    int matching = 0;
    int inTitle = 0;
    for (String word : words) {
      if (haystack.contains(word)) {
        matching++;
      }
      if (title.contains(word)) {
        inTitle++;
      }
    }
    return new Scored(resource, isExact(resource, query, language), matching, inTitle);
  }

  private static boolean isExact(Resource resource, String query, String language) {
    return resource.identifier().equalsIgnoreCase(query)
        || resource.title(language).equalsIgnoreCase(query)
        || resource.scopes().stream().anyMatch(s -> s.equalsIgnoreCase(query));
  }

  private static List<String> fields(Resource r, String language) {
    return Stream.of(
            Stream.of(
                r.title(language),
                r.description(),
                r.rightDescription(),
                r.owner().name(),
                r.identifier()),
            r.keywords().stream(),
            r.scopes().stream())
        .flatMap(s -> s)
        .toList();
  }

  private record Scored(Resource resource, boolean exact, int matchingWords, int wordsInTitle) {}
}
