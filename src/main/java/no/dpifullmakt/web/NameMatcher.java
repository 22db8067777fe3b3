package no.dpifullmakt.web;

import java.util.regex.Pattern;

/**
 * How an accessible name is recognised. Every rule is exact on normalised text; none is fuzzy, so
 * the robot can never click something merely similar.
 */
public sealed interface NameMatcher {

  boolean matches(String normalisedName);

  /** The expected name as a person would read it, for messages: «Neste». */
  String describe();

  /** The name exactly, after normalisation. */
  static NameMatcher exact(String name) {
    return new Exact(AccessibleText.normalise(name));
  }

  /**
   * A name with a number in it, for example "Fullmakt til {n} API": {@code {n}} stands for any
   * whole number, everything else is exact.
   */
  static NameMatcher withNumber(String template) {
    return new WithNumber(AccessibleText.normalise(template));
  }

  /**
   * A name that ends with an exact, unique text, such as "Org.nr. 980 858 073" after a name the
   * robot does not know in advance.
   */
  static NameMatcher endingWith(String suffix) {
    return new EndingWith(AccessibleText.normalise(suffix));
  }

  /** A name that starts with an exact text, such as a heading followed by the actor's name. */
  static NameMatcher startingWith(String prefix) {
    return new StartingWith(AccessibleText.normalise(prefix));
  }

  /**
   * A name with data in it, for example "Hvilke API vil du gi {leverandør} fullmakt til?": {@code
   * {n}} stands for a whole number, any other {@code {…}} for any text; the rest is exact.
   */
  static NameMatcher template(String template) {
    return new Template(AccessibleText.normalise(template));
  }

  /** Any name: for elements found by role inside a component that has only one of them. */
  static NameMatcher any() {
    return new Any();
  }

  record Exact(String name) implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      return name.equals(normalisedName);
    }

    @Override
    public String describe() {
      return "«" + name + "»";
    }
  }

  record WithNumber(String template) implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      String[] parts = template.split("\\{n}", -1);
      StringBuilder regex = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          regex.append("\\d+");
        }
        regex.append(Pattern.quote(parts[i]));
      }
      return normalisedName.matches(regex.toString());
    }

    @Override
    public String describe() {
      return "«" + template.replace("{n}", "N") + "»";
    }
  }

  record EndingWith(String suffix) implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      return normalisedName.endsWith(" " + suffix) || normalisedName.equals(suffix);
    }

    @Override
    public String describe() {
      return "som slutter med «" + suffix + "»";
    }
  }

  record StartingWith(String prefix) implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      return normalisedName.startsWith(prefix);
    }

    @Override
    public String describe() {
      return "som begynner med «" + prefix + "»";
    }
  }

  record Template(String template) implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      StringBuilder regex = new StringBuilder();
      var placeholder = Pattern.compile("\\{([^}]*)}").matcher(template);
      int last = 0;
      while (placeholder.find()) {
        regex.append(Pattern.quote(template.substring(last, placeholder.start())));
        regex.append(placeholder.group(1).equals("n") ? "\\d+" : ".+");
        last = placeholder.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      return normalisedName.matches(regex.toString());
    }

    @Override
    public String describe() {
      return "«" + template.replace("{n}", "N") + "»";
    }
  }

  record Any() implements NameMatcher {
    @Override
    public boolean matches(String normalisedName) {
      return true;
    }

    @Override
    public String describe() {
      return "(uansett navn)";
    }
  }
}
