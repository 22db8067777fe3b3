package no.dpifullmakt.practiceportal.faults;

import java.util.List;
import java.util.function.Consumer;

/**
 * How the practice portal misbehaves, so tests can prove a robot's resilience. Every fault is off
 * at 0 (or false); each can be switched on alone. The names are the JSON fields of {@code POST
 * /ovelse/test/feil}.
 *
 * @param forsinkelseMs fixed latency added to every request (pages, static files, JSON)
 * @param forsinkelseMaksMs random latency between 0 and this, added to every request
 * @param lesefeilAndel the share (0.0–1.0) of reads made by the pages' scripts that answer 503
 *     once; the same read asked again answers normally
 * @param sentSpinnerMs how long a full-page "Laster inn" cover lies over the page after each render
 * @param rerenderHverMs how often the lists are drawn anew (new DOM nodes, same content)
 * @param sesjonUtløperEtterForespørsler after this many requests a login's session expires
 * @param mistSvarPåNesteEndring how many of the next delegation changes are carried out but
 *     answered with 502, as if the answer got lost on the way
 * @param frø the seed of the randomness, so a run can be repeated
 * @param sesjonUtløperAntallGanger how many sessions may expire in all (0: every one that reaches
 *     the limit), so a test can have a login expire once and then let the robot finish
 * @param sidefeilAntall how many of the next page loads answer 503 with a load balancer's plain
 *     error page
 * @param sidefeilStier path prefixes: only page loads under one of them count and fail (empty:
 *     every page load)
 * @param lesefeilStier path prefixes of the scripts' reads that answer 503 every time, however
 *     often they are asked again: a part of Altinn that is down
 */
public record Faults(
    long forsinkelseMs,
    long forsinkelseMaksMs,
    double lesefeilAndel,
    long sentSpinnerMs,
    long rerenderHverMs,
    int sesjonUtløperEtterForespørsler,
    int mistSvarPåNesteEndring,
    long frø,
    int sesjonUtløperAntallGanger,
    int sidefeilAntall,
    List<String> sidefeilStier,
    List<String> lesefeilStier) {

  /** The longest latency, spinner or interval one may ask for: one minute. */
  public static final long MAX_MILLIS = 60_000;

  public static final long DEFAULT_SEED = 1;

  public Faults {
    requireMillis("forsinkelseMs", forsinkelseMs);
    requireMillis("forsinkelseMaksMs", forsinkelseMaksMs);
    requireMillis("sentSpinnerMs", sentSpinnerMs);
    requireMillis("rerenderHverMs", rerenderHverMs);
    if (!(lesefeilAndel >= 0.0 && lesefeilAndel <= 1.0)) {
      throw new IllegalArgumentException("lesefeilAndel må være mellom 0.0 og 1.0");
    }
    if (sesjonUtløperEtterForespørsler < 0) {
      throw new IllegalArgumentException("sesjonUtløperEtterForespørsler kan ikke være negativ");
    }
    if (sesjonUtløperAntallGanger < 0) {
      throw new IllegalArgumentException("sesjonUtløperAntallGanger kan ikke være negativ");
    }
    if (mistSvarPåNesteEndring < 0) {
      throw new IllegalArgumentException("mistSvarPåNesteEndring kan ikke være negativ");
    }
    if (sidefeilAntall < 0) {
      throw new IllegalArgumentException("sidefeilAntall kan ikke være negativ");
    }
    sidefeilStier = sidefeilStier == null ? List.of() : List.copyOf(sidefeilStier);
    if (!sidefeilStier.stream().allMatch(path -> path.startsWith("/"))) {
      throw new IllegalArgumentException(
          "sidefeilStier må være stier som begynner med «/», for eksempel «/idporten».");
    }
    lesefeilStier = lesefeilStier == null ? List.of() : List.copyOf(lesefeilStier);
    if (!lesefeilStier.stream().allMatch(path -> path.startsWith("/"))) {
      throw new IllegalArgumentException(
          "lesefeilStier må være stier som begynner med «/», for eksempel"
              + " «/accessmanagement/api/v1/maskinporten/suppliers/980858073».");
    }
  }

  /** The faults without page-load failures, as before they were known. */
  public Faults(
      long forsinkelseMs,
      long forsinkelseMaksMs,
      double lesefeilAndel,
      long sentSpinnerMs,
      long rerenderHverMs,
      int sesjonUtløperEtterForespørsler,
      int mistSvarPåNesteEndring,
      long frø,
      int sesjonUtløperAntallGanger) {
    this(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø,
        sesjonUtløperAntallGanger,
        0,
        List.of(),
        List.of());
  }

  /** Nothing misbehaves. */
  public static Faults none() {
    return new Faults(0, 0, 0.0, 0, 0, 0, 0, DEFAULT_SEED, 0, 0, List.of(), List.of());
  }

  public boolean isNone() {
    return equals(none().withFrø(frø));
  }

  public Faults withForsinkelseMs(long millis) {
    return with(f -> f.forsinkelseMs = millis);
  }

  public Faults withForsinkelseMaksMs(long millis) {
    return with(f -> f.forsinkelseMaksMs = millis);
  }

  public Faults withLesefeilAndel(double share) {
    return with(f -> f.lesefeilAndel = share);
  }

  public Faults withSentSpinnerMs(long millis) {
    return with(f -> f.sentSpinnerMs = millis);
  }

  public Faults withRerenderHverMs(long millis) {
    return with(f -> f.rerenderHverMs = millis);
  }

  public Faults withSesjonUtløperEtterForespørsler(int requests) {
    return with(f -> f.sesjonUtløperEtterForespørsler = requests);
  }

  public Faults withMistSvarPåNesteEndring(int count) {
    return with(f -> f.mistSvarPåNesteEndring = count);
  }

  /** Shorthand for {@code withMistSvarPåNesteEndring(lose ? 1 : 0)}. */
  public Faults withMistSvarPåNesteEndring(boolean lose) {
    return withMistSvarPåNesteEndring(lose ? 1 : 0);
  }

  public Faults withFrø(long seed) {
    return with(f -> f.frø = seed);
  }

  public Faults withSesjonUtløperAntallGanger(int times) {
    return with(f -> f.sesjonUtløperAntallGanger = times);
  }

  public Faults withSidefeilAntall(int count) {
    return with(f -> f.sidefeilAntall = count);
  }

  /** For example {@code withSidefeilStier("/idporten")}: only the login's pages fail. */
  public Faults withSidefeilStier(String... pathPrefixes) {
    return with(f -> f.sidefeilStier = List.of(pathPrefixes));
  }

  /** For example one supplier's read: every read under the paths fails, again and again. */
  public Faults withLesefeilStier(String... pathPrefixes) {
    return with(f -> f.lesefeilStier = List.of(pathPrefixes));
  }

  /** A copy with one or more fields changed, checked once. */
  private Faults with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.faults();
  }

  /** The fields of a {@link Faults} while a copy is being changed. */
  private static final class Draft {
    private long forsinkelseMs;
    private long forsinkelseMaksMs;
    private double lesefeilAndel;
    private long sentSpinnerMs;
    private long rerenderHverMs;
    private int sesjonUtløperEtterForespørsler;
    private int mistSvarPåNesteEndring;
    private long frø;
    private int sesjonUtløperAntallGanger;
    private int sidefeilAntall;
    private List<String> sidefeilStier;
    private List<String> lesefeilStier;

    Draft(Faults from) {
      forsinkelseMs = from.forsinkelseMs;
      forsinkelseMaksMs = from.forsinkelseMaksMs;
      lesefeilAndel = from.lesefeilAndel;
      sentSpinnerMs = from.sentSpinnerMs;
      rerenderHverMs = from.rerenderHverMs;
      sesjonUtløperEtterForespørsler = from.sesjonUtløperEtterForespørsler;
      mistSvarPåNesteEndring = from.mistSvarPåNesteEndring;
      frø = from.frø;
      sesjonUtløperAntallGanger = from.sesjonUtløperAntallGanger;
      sidefeilAntall = from.sidefeilAntall;
      sidefeilStier = from.sidefeilStier;
      lesefeilStier = from.lesefeilStier;
    }

    Faults faults() {
      return new Faults(
          forsinkelseMs,
          forsinkelseMaksMs,
          lesefeilAndel,
          sentSpinnerMs,
          rerenderHverMs,
          sesjonUtløperEtterForespørsler,
          mistSvarPåNesteEndring,
          frø,
          sesjonUtløperAntallGanger,
          sidefeilAntall,
          sidefeilStier,
          lesefeilStier);
    }
  }

  private static void requireMillis(String field, long value) {
    if (value < 0 || value > MAX_MILLIS) {
      throw new IllegalArgumentException(
          field + " må være mellom 0 og " + MAX_MILLIS + " millisekunder");
    }
  }
}
