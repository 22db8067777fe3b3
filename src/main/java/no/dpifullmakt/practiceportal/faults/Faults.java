package no.dpifullmakt.practiceportal.faults;

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
 */
public record Faults(
    long forsinkelseMs,
    long forsinkelseMaksMs,
    double lesefeilAndel,
    long sentSpinnerMs,
    long rerenderHverMs,
    int sesjonUtløperEtterForespørsler,
    int mistSvarPåNesteEndring,
    long frø) {

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
    if (mistSvarPåNesteEndring < 0) {
      throw new IllegalArgumentException("mistSvarPåNesteEndring kan ikke være negativ");
    }
  }

  /** Nothing misbehaves. */
  public static Faults none() {
    return new Faults(0, 0, 0.0, 0, 0, 0, 0, DEFAULT_SEED);
  }

  public boolean isNone() {
    return equals(none().withFrø(frø));
  }

  public Faults withForsinkelseMs(long millis) {
    return new Faults(
        millis,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withForsinkelseMaksMs(long millis) {
    return new Faults(
        forsinkelseMs,
        millis,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withLesefeilAndel(double share) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        share,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withSentSpinnerMs(long millis) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        millis,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withRerenderHverMs(long millis) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        millis,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withSesjonUtløperEtterForespørsler(int requests) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        requests,
        mistSvarPåNesteEndring,
        frø);
  }

  public Faults withMistSvarPåNesteEndring(int count) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        count,
        frø);
  }

  /** Shorthand for {@code withMistSvarPåNesteEndring(lose ? 1 : 0)}. */
  public Faults withMistSvarPåNesteEndring(boolean lose) {
    return withMistSvarPåNesteEndring(lose ? 1 : 0);
  }

  public Faults withFrø(long seed) {
    return new Faults(
        forsinkelseMs,
        forsinkelseMaksMs,
        lesefeilAndel,
        sentSpinnerMs,
        rerenderHverMs,
        sesjonUtløperEtterForespørsler,
        mistSvarPåNesteEndring,
        seed);
  }

  private static void requireMillis(String field, long value) {
    if (value < 0 || value > MAX_MILLIS) {
      throw new IllegalArgumentException(
          field + " må være mellom 0 og " + MAX_MILLIS + " millisekunder");
    }
  }
}
