package no.dpifullmakt.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The scripts the robot runs in the page, from its resources. */
final class Scripts {

  private static final String WATCH = load("page-watch.js");

  private Scripts() {}

  /**
   * A script that looks at the page; it also starts counting the page's changes (page-watch.js).
   */
  static String look(String resource) {
    return WATCH + load(resource);
  }

  static String load(String resource) {
    try (InputStream in = Scripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Mangler skriptet " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
