package no.dpifullmakt.altinn3;

import java.util.List;

/**
 * What a person reads about one API when they open it: the title, the owner and, under "Scopes",
 * the Maskinporten scopes it gives. The scopes are what tells an API from a look-alike.
 */
public record ApiDetails(String title, List<String> lines, List<String> scopes) {

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }
}
