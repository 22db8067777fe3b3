package no.dpifullmakt.practiceportal.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the portal's HTML from Mustache templates under {@code practiceportal/} on the classpath.
 * Mustache escapes every value, so made-up names can never inject markup.
 */
public final class Templates {

  private final MustacheFactory factory = new DefaultMustacheFactory("practiceportal");
  private final Supplier<?> globals;

  public Templates() {
    this(Map::of);
  }

  /**
   * @param globals values every template can see besides its model (the model wins on a clash),
   *     read afresh for each rendering
   */
  public Templates(Supplier<?> globals) {
    this.globals = globals;
  }

  /**
   * @param template path below {@code practiceportal/}, without ".mustache"
   */
  public String render(String template, Object model) {
    StringWriter out = new StringWriter();
    factory.compile(template + ".mustache").execute(out, new Object[] {globals.get(), model});
    return out.toString();
  }
}
