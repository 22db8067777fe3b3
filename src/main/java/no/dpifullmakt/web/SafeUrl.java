package no.dpifullmakt.web;

import java.net.URI;

/**
 * An address fit for messages and reports: query strings are cut, since login redirects carry codes
 * and tokens there.
 */
public final class SafeUrl {

  private SafeUrl() {}

  public static String of(String url) {
    if (url == null || url.isBlank()) {
      return "(ukjent adresse)";
    }
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return uri.getScheme() == null ? "(ukjent adresse)" : uri.getScheme() + ":";
      }
      String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String query = uri.getRawQuery() == null ? "" : "?…";
      String fragment = uri.getRawFragment();
      String safeFragment =
          fragment != null && fragment.matches("[A-Za-z0-9_-]{1,40}") ? "#" + fragment : "";
      return uri.getScheme() + "://" + uri.getHost() + port + path + query + safeFragment;
    } catch (IllegalArgumentException e) {
      return "(ugyldig adresse)";
    }
  }
}
