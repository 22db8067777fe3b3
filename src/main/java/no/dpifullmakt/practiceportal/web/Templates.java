package no.dpifullmakt.practiceportal.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * Renders the portal's HTML from Mustache templates under {@code practiceportal/} on the classpath.
 * Mustache escapes every value, so made-up names can never inject markup.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("practiceportal");

  /**
   * @param template path below {@code practiceportal/}, without ".mustache"
   */
  public String render(String template, Object model) {
    StringWriter out = new StringWriter();
    factory.compile(template + ".mustache").execute(out, model);
    return out.toString();
  }
}
