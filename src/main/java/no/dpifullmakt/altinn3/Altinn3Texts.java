package no.dpifullmakt.altinn3;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.dpifullmakt.domain.ScreenLanguage;
import no.dpifullmakt.web.AccessibleText;

/**
 * Every visible text the robot relies on in Altinn 3, in one language: the catalogue the page
 * objects take their names from. When Altinn renames a button, the line to change is in the
 * language's own file ({@link #file()}).
 */
public final class Altinn3Texts {

  /** The DPI API's Maskinporten scope, the same in every language: what tells the DPI API apart. */
  public static final String DPI_SCOPE = "digitalpostinnbygger:send";

  public static final Altinn3Texts BOKMAL = Altinn3Bokmal.catalogue();
  public static final Altinn3Texts NYNORSK = Altinn3Nynorsk.catalogue();
  public static final Altinn3Texts ENGLISH = Altinn3English.catalogue();

  private final ScreenLanguage language;
  private final Class<?> source;
  private final Map<Altinn3Text, String> texts;

  private Altinn3Texts(ScreenLanguage language, Class<?> source, Map<Altinn3Text, String> texts) {
    this.language = language;
    this.source = source;
    this.texts = new EnumMap<>(texts);
  }

  /** The catalogue of the screen's language. */
  public static Altinn3Texts of(ScreenLanguage language) {
    return switch (language) {
      case BOKMAL -> BOKMAL;
      case NYNORSK -> NYNORSK;
      case ENGLISH -> ENGLISH;
    };
  }

  /** Every catalogue the robot has. */
  public static List<Altinn3Texts> all() {
    return List.of(BOKMAL, NYNORSK, ENGLISH);
  }

  /** Collects one language's texts; the catalogue must have every text. */
  static Builder in(ScreenLanguage language, Class<?> source) {
    return new Builder(language, source);
  }

  public ScreenLanguage language() {
    return language;
  }

  /** The text in this language; every catalogue has every text (checked when it is built). */
  public String get(Altinn3Text key) {
    return texts.get(key);
  }

  /** The source file that holds this catalogue, for the diagnosis's advice. */
  public String file() {
    return "src/main/java/" + source.getName().replace('.', '/') + ".java";
  }

  /** Altinn's words for a failed read or change in this language. */
  public List<String> errorTexts() {
    return Altinn3Text.ERRORS.stream().map(this::get).toList();
  }

  /** Altinn's known refusals of a looked-up number in this language. */
  public List<String> lookupRefusals() {
    return Altinn3Text.LOOKUP_REFUSALS.stream().map(this::get).toList();
  }

  /** Whether a message is one of Altinn's known refusals of a looked-up number. */
  boolean knownRefusal(String message) {
    String shown = AccessibleText.normalise(message);
    return lookupRefusals().stream().anyMatch(shown::startsWith);
  }

  /** The retry button's name in every language: recovery works before the language is read. */
  public static List<String> retryButtonsInAnyLanguage() {
    return all().stream().map(t -> t.get(Altinn3Text.RETRY)).distinct().toList();
  }

  /** Every language's failure texts: an error page is one whatever language it is in. */
  public static List<String> errorTextsInAnyLanguage() {
    return all().stream().flatMap(t -> t.errorTexts().stream()).distinct().toList();
  }

  /** The catalogue whose sidebar link is among these names, if one is. */
  public static Optional<Altinn3Texts> bySidebarLink(List<String> links) {
    return all().stream()
        .filter(
            t ->
                links.stream()
                    .map(AccessibleText::normalise)
                    .anyMatch(
                        AccessibleText.normalise(t.get(Altinn3Text.MASKINPORTEN_LINK))::equals))
        .findFirst();
  }

  @Override
  public String toString() {
    return "Altinn3Texts[" + language.code() + "]";
  }

  /** One language's texts as they are written down. */
  static final class Builder {
    private final ScreenLanguage language;
    private final Class<?> source;
    private final Map<Altinn3Text, String> texts = new EnumMap<>(Altinn3Text.class);

    private Builder(ScreenLanguage language, Class<?> source) {
      this.language = language;
      this.source = source;
    }

    Builder text(Altinn3Text key, String text) {
      if (texts.putIfAbsent(key, text) != null) {
        throw new IllegalStateException(key + " står to ganger i " + language.code());
      }
      return this;
    }

    Altinn3Texts build() {
      List<Altinn3Text> missing =
          Stream.of(Altinn3Text.values()).filter(key -> !texts.containsKey(key)).toList();
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "Tekstkatalogen for " + language.code() + " mangler " + missing);
      }
      return new Altinn3Texts(language, source, texts);
    }
  }
}
