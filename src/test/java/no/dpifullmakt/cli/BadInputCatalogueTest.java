package no.dpifullmakt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.dpifullmakt.TimedRuns;
import no.dpifullmakt.browser.BrowserPool;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tester's catalogue of bad inputs, and more: each is refused before any browser or practice
 * portal starts, with exit code 2 and exactly one Norwegian sentence on stderr, no English
 * exception name, no stack trace, and never the national identity number.
 */
class BadInputCatalogueTest {

  private static final String GOOD_PID = "23916910053";
  private static final String BAD_PID = "23916910054";
  private static final List<String> ACTIONS = List.of("utfør", "gi", "kontroller", "fjern", "øv");

  @TempDir static Path temp;

  /** One bad input: the arguments, the environment variables, and a phrase of the sentence. */
  record Case(String what, List<String> args, Map<String, String> env, String phrase) {
    @Override
    public String toString() {
      return what;
    }
  }

  private static Case bad(String what, String phrase, String... args) {
    return new Case(what, List.of(args), Map.of(), phrase);
  }

  private static Case bad(String what, Map<String, String> env, String phrase, String... args) {
    return new Case(what, List.of(args), env, phrase);
  }

  static Stream<Case> catalogue() {
    List<Case> all = new ArrayList<>();
    names(all);
    supplierIsActorAndDuplicates(all);
    modes(all);
    rehearsal(all);
    grid(all);
    identityNumbers(all);
    environmentFiles(all);
    machine(all);
    environmentVariables(all);
    commandLine(all);
    supplierFiles(all);
    return all.stream();
  }

  private static void names(List<Case> all) {
    String ukjent = "312605031";
    all.add(
        bad(
            "navn med emoji",
            "Navnet kan ikke inneholde tegnet «😀»",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "😀😀"));
    all.add(
        bad(
            "navn med bare punktum",
            "Navnet «....» har for få bokstaver",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "...."));
    all.add(
        bad(
            "navn med nullbredde-mellomrom",
            "usynlige tegn (U+200B)",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis\u200Bma"));
    all.add(
        bad(
            "navn på 5000 tegn",
            "Navnet er for langt (5000 tegn)",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "a".repeat(5000)));
    all.add(
        bad(
            "navn med tabelltegn",
            "Navnet kan ikke inneholde tegnet «|»",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis|ma"));
    all.add(
        bad(
            "navn med linjeskift",
            "Navnet kan ikke inneholde linjeskift",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis\nma"));
    all.add(
        bad(
            "navn med tabulator",
            "usynlige tegn (U+0009)",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vi\tsma"));
    all.add(
        bad(
            "navn med anførselstegn",
            "anførselstegn",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis\"ma"));
    all.add(
        bad(
            "navn med kontrolltegn",
            "usynlige tegn (U+0007)",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis\u0007ma"));
    all.add(
        bad(
            "navn med retningstegn",
            "usynlige tegn (U+202E)",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "Vis\u202Ema"));
    all.add(bad("navn med #", "tegnet «#»", "utfør", "--orgnr", ukjent, "--navn", "#vism"));
    all.add(
        bad(
            "for kort navn",
            "Navnet «vis» er for kort",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "vis"));
    all.add(bad("navn av mellomrom", "er for kort", "utfør", "--orgnr", ukjent, "--navn", "    "));
    all.add(
        bad(
            "navn av siffer",
            "Navnet «1234» har for få bokstaver",
            "utfør",
            "--orgnr",
            ukjent,
            "--navn",
            "1234"));
    all.add(
        bad(
            "feil navn for Visma",
            "Navnet «digi» passer ikke til 980 858 073, som heter «Visma Software International AS»",
            "utfør",
            "--orgnr",
            "980858073",
            "--navn",
            "digi"));
    all.add(
        bad(
            "feil navn for KS",
            "som heter «Kommunesektorens organisasjon»",
            "kontroller",
            "--orgnr",
            "971032146",
            "--navn",
            "vism"));
    all.add(
        bad(
            "feil navn for Digdir",
            "som heter «Digitaliseringsdirektoratet»",
            "fjern",
            "--orgnr",
            "991825827",
            "--navn",
            "komm"));
    all.add(
        bad(
            "ukjent leverandør uten navn",
            "Roboten kjenner ikke navnet til 312 605 031",
            "utfør",
            "--orgnr",
            ukjent));
    all.add(
        bad(
            "ett navn for lite",
            "Oppgi ett --navn for hvert --orgnr",
            "utfør",
            "--orgnr",
            "980858073",
            "--orgnr",
            "971032146",
            "--navn",
            "vism"));
    all.add(
        bad(
            "navn uten orgnr",
            "Oppgi ett --navn for hvert --orgnr (fikk 0",
            "utfør",
            "--navn",
            "vism"));
    all.add(
        bad(
            "orgnr med feil kontrollsiffer",
            "Organisasjonsnummeret «980858074» er ugyldig: kontrollsifferet",
            "utfør",
            "--orgnr",
            "980858074",
            "--navn",
            "vism"));
    all.add(
        bad(
            "orgnr med bokstaver",
            "Organisasjonsnummeret «98085807x» er ugyldig",
            "utfør",
            "--orgnr",
            "98085807x",
            "--navn",
            "vism"));
  }

  private static void supplierIsActorAndDuplicates(List<Case> all) {
    all.add(
        bad(
            "leverandøren er øvingsmiljøets aktør",
            "er virksomheten du handler for (fra miljøet «ovelse»)",
            "utfør",
            "--orgnr",
            "315260183",
            "--navn",
            "fjor"));
    all.add(
        bad(
            "leverandøren er --aktor",
            "er virksomheten du handler for (fra --aktor)",
            "utfør",
            "--aktor",
            "980858073"));
    all.add(
        bad(
            "leverandøren er DPI_AKTOR",
            Map.of("DPI_AKTOR", "980858073"),
            "er virksomheten du handler for (fra miljøvariabelen DPI_AKTOR)",
            "kontroller"));
    all.add(
        bad(
            "samme orgnr to ganger",
            "Leverandøren 980 858 073 er oppgitt to ganger med --orgnr",
            "utfør",
            "--orgnr",
            "980858073",
            "--orgnr",
            "980858073"));
    all.add(
        bad(
            "samme orgnr med og uten mellomrom",
            "er oppgitt to ganger med --orgnr",
            "utfør",
            "--orgnr",
            "980 858 073",
            "--navn",
            "vism",
            "--orgnr",
            "980858073",
            "--navn",
            "visma"));
    all.add(
        bad(
            "aktør fra DPI_AKTOR er ugyldig",
            Map.of("DPI_AKTOR", "123"),
            "Virksomheten det handles for (miljøvariabelen DPI_AKTOR): Organisasjonsnummeret «123»",
            "utfør"));
    all.add(
        bad(
            "aktør fra --aktor er ugyldig",
            "Virksomheten det handles for (--aktor): Organisasjonsnummeret «123»",
            "utfør",
            "--aktor",
            "123"));
  }

  private static void modes(List<Case> all) {
    for (String pace : List.of("NaN", "Infinity", "-1", "0", "100", "1e3", "0x10", "1,5,5", "")) {
      all.add(
          bad(
              "tempo «" + pace + "»",
              "Tempoet «" + pace + "» er ugyldig",
              "utfør",
              "--assistert",
              "--tempo",
              pace));
    }
    all.add(
        bad(
            "tempo uten assistert modus",
            "--tempo gjelder bare assistert modus",
            "utfør",
            "--tempo",
            "0,5"));
    all.add(
        bad(
            "innloggingstid uten assistert modus",
            "--innloggingstid gjelder bare assistert modus",
            "kontroller",
            "--innloggingstid",
            "5"));
    all.add(
        bad(
            "innloggingstid 0",
            "Innloggingstiden «0» må være mellom 1 og 120 minutter.",
            "utfør",
            "--assistert",
            "--innloggingstid",
            "0"));
    all.add(
        bad(
            "innloggingstid med desimal",
            "Ugyldig verdi «1,5» for --innloggingstid: skriv et helt tall.",
            "utfør",
            "--assistert",
            "--innloggingstid",
            "1,5"));
    all.add(
        bad(
            "synlig i assistert modus",
            "Assistert modus viser alltid nettleseren",
            "utfør",
            "--assistert",
            "--synlig"));
    all.add(
        bad(
            "tråder i assistert modus",
            "Assistert modus tar én leverandør om gangen",
            "utfør",
            "--assistert",
            "--trader",
            "2"));
    all.add(
        bad(
            "grid i assistert modus",
            "bruk ikke --grid sammen med --assistert",
            "utfør",
            "--assistert",
            "--grid",
            "http://localhost:4444"));
    all.add(
        bad(
            "gi i produksjon uten assistert modus",
            "I miljøet «produksjon» logger du inn selv",
            "utfør",
            "--miljo",
            "produksjon",
            "--aktor",
            "315260183"));
    all.add(
        bad(
            "for mange tråder",
            "Antall tråder «17» må være mellom 1 og 16.",
            "utfør",
            "--trader",
            "17"));
    all.add(
        bad(
            "ventetid 0",
            "Ventetiden «0» må være mellom 1 og 600 sekunder.",
            "utfør",
            "--ventetid",
            "0"));
  }

  private static void rehearsal(List<Case> all) {
    all.add(
        bad(
            "øv i produksjon",
            "øv kjører alltid i øvingsportalen, så --miljo kan ikke brukes",
            "øv",
            "--miljo",
            "produksjon"));
    all.add(
        bad(
            "øv med --assistert",
            "øv er alltid i assistert modus: ta bort --assistert.",
            "øv",
            "--assistert"));
    all.add(bad("øv med --synlig", "øv viser alltid nettleseren", "øv", "--synlig"));
    all.add(
        bad(
            "øv med --aktor",
            "øv handler alltid for en oppdiktet virksomhet",
            "øv",
            "--aktor",
            "315260183"));
    all.add(bad("øv med --trader", "øv tar én leverandør om gangen", "øv", "--trader", "2"));
    all.add(
        bad(
            "øv med --grid",
            "øv viser nettleseren på din egen skjerm",
            "øv",
            "--grid",
            "http://localhost:4444"));
    all.add(bad("øv med ugyldig tempo", "Tempoet «NaN» er ugyldig", "øv", "--tempo", "NaN"));
  }

  private static void grid(List<Case> all) {
    for (String url :
        List.of(
            "http://localhost:0",
            "http://localhost:70000",
            "ftp://localhost:4444",
            "localhost:4444",
            "http://",
            "http://localhost:abc")) {
      all.add(
          bad(
              "grid «" + url + "»",
              "Grid-adressen «" + url + "» er ugyldig",
              "utfør",
              "--grid",
              url));
    }
  }

  private static void identityNumbers(List<Case> all) {
    all.add(
        bad(
            "fødselsnummer med feil kontrollsiffer",
            Map.of("DPI_TESTID_FNR", BAD_PID),
            "Miljøvariabelen DPI_TESTID_FNR inneholder ikke et gyldig fødselsnummer",
            "kontroller",
            "--miljo",
            "tt02",
            "--aktor",
            "312787075"));
    all.add(
        bad(
            "fødselsnummer med 10 siffer",
            Map.of("DPI_TESTID_FNR", "2391691005"),
            "nøyaktig 11 siffer",
            "kontroller",
            "--miljo",
            "tt02",
            "--aktor",
            "312787075"));
    all.add(
        bad(
            "fødselsnummer med bokstaver",
            Map.of("DPI_TESTID_FNR", "2391691005x"),
            "nøyaktig 11 siffer",
            "kontroller",
            "--miljo",
            "tt02",
            "--aktor",
            "312787075"));
    all.add(
        bad(
            "fødselsnummer mangler",
            "Miljøvariabelen DPI_TESTID_FNR er ikke satt",
            "kontroller",
            "--miljo",
            "tt02",
            "--aktor",
            "312787075"));
    Path own =
        file(
            "egen-variabel.miljo",
            good().replace("DPI_TESTID_FNR", "MITT_FNR").getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "fødselsnummer i miljøfilens variabel",
            Map.of("MITT_FNR", BAD_PID),
            "Miljøvariabelen MITT_FNR inneholder ikke et gyldig fødselsnummer",
            "kontroller",
            "--miljo",
            own.toString()));
  }

  private static void environmentFiles(List<Case> all) {
    byte[] text = good().getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    Path withBom = file("bom.miljo", bom);
    all.add(
        bad(
            "miljøfil med BOM leses (og stopper først ved fødselsnummeret)",
            "Miljøvariabelen DPI_TESTID_FNR er ikke satt",
            "kontroller",
            "--miljo",
            withBom.toString()));
    Path latin1 = file("latin1.miljo", good().getBytes(StandardCharsets.ISO_8859_1));
    all.add(
        bad(
            "miljøfil i Latin-1",
            "Miljøfilen «" + latin1 + "» er ikke lagret som UTF-8 (den ser ut som Latin-1",
            "kontroller",
            "--miljo",
            latin1.toString()));
    Path utf16 = file("utf16.miljo", good().getBytes(StandardCharsets.UTF_16));
    all.add(
        bad(
            "miljøfil i UTF-16",
            "er ikke lagret som UTF-8 (den ser ut som UTF-16)",
            "kontroller",
            "--miljo",
            utf16.toString()));
    all.add(
        bad(
            "miljøfil som mangler",
            "Fant ikke miljøfilen «" + temp.resolve("borte.miljo") + "»",
            "kontroller",
            "--miljo",
            temp.resolve("borte.miljo").toString()));
    all.add(
        bad(
            "miljøfil som er en mappe",
            "er en mappe, ikke en miljøfil",
            "kontroller",
            "--miljo",
            temp.toString()));
    all.add(bad("tomt miljø", "--miljo er tomt", "kontroller", "--miljo", ""));
    all.add(bad("ukjent miljø", "Ukjent miljø «tt03»", "kontroller", "--miljo", "tt03"));
  }

  private static void machine(List<Case> all) {
    Map<String, String> noScreen = Map.of("DISPLAY", "", "WAYLAND_DISPLAY", "");
    all.add(
        bad(
            "synlig uten skjerm",
            noScreen,
            "Fant ingen skjerm å vise nettleseren på",
            "utfør",
            "--synlig"));
    all.add(
        bad(
            "assistert uten skjerm",
            noScreen,
            "sett xvfb-run foran kommandoen",
            "utfør",
            "--assistert"));
    all.add(bad("øv uten skjerm", noScreen, "Fant ingen skjerm", "øv"));
    all.add(
        bad(
            "firefox uten geckodriver",
            Map.of("PATH", ""),
            "Fant ingen driver for Firefox",
            "utfør",
            "--nettleser",
            "firefox"));
    all.add(
        bad(
            "driver som ikke finnes",
            Map.of("DPI_DRIVER", "/finnes/ikke/chromedriver"),
            "Miljøvariabelen DPI_DRIVER peker på «/finnes/ikke/chromedriver», som ikke finnes",
            "utfør"));
    all.add(bad("ukjent nettleser", "Ukjent nettleser «safari»", "utfør", "--nettleser", "safari"));
  }

  private static void environmentVariables(List<Case> all) {
    all.add(
        bad(
            "DPI_NETTLESER som ikke finnes",
            Map.of("DPI_NETTLESER", "/finnes/ikke/chromium"),
            "Miljøvariabelen DPI_NETTLESER peker på «/finnes/ikke/chromium»",
            "utfør"));
    all.add(
        bad(
            "DPI_NETTLESER som ikke kan vise et vindu, med --synlig",
            Map.of("DPI_NETTLESER", headlessShell().toString()),
            "kan ikke vise et vindu",
            "utfør",
            "--synlig"));
    all.add(
        bad(
            "DPI_OVELSESPORTAL som ikke er en adresse",
            Map.of("DPI_OVELSESPORTAL", "127.0.0.1:8080"),
            "Miljøvariabelen DPI_OVELSESPORTAL «127.0.0.1:8080» er ikke en http(s)-adresse",
            "utfør"));
    all.add(
        bad(
            "DPI_SKJERMBILDER med ukjent verdi",
            Map.of("DPI_SKJERMBILDER", "kanskje"),
            "Miljøvariabelen DPI_SKJERMBILDER «kanskje» er ukjent",
            "kontroller"));
  }

  private static void commandLine(List<Case> all) {
    all.add(bad("ukjent valg", "Ukjent valg «--fart».", "utfør", "--fart", "3"));
    all.add(
        bad(
            "--orgnummer",
            "Ukjent valg «--orgnummer»: mente du «--orgnr»?",
            "utfør",
            "--orgnummer",
            "980858073"));
    all.add(bad("utfor", "Ukjent kommando «utfor»: mente du «utfør»?", "utfor"));
    all.add(bad("kontrolle", "mente du «kontroller»?", "kontrolle"));
    all.add(bad("fjerne", "mente du «fjern»?", "fjerne"));
    all.add(bad("hjelp utfor", "mente du «utfør»?", "hjelp", "utfor"));
    all.add(
        bad(
            "ukjent kommando",
            "Ukjent kommando «slett»: bruk utfør, kontroller, fjern eller øv.",
            "slett"));
    all.add(
        bad(
            "miljø to ganger",
            "--miljo er oppgitt mer enn én gang",
            "utfør",
            "--miljo",
            "tt02",
            "--miljo",
            "ovelse"));
    all.add(
        bad(
            "ventetid som ikke er et tall",
            "Ugyldig verdi «abc» for --ventetid: skriv et helt tall.",
            "utfør",
            "--ventetid",
            "abc"));
    all.add(bad("orgnr uten verdi", "--orgnr mangler en verdi.", "utfør", "--orgnr"));
    all.add(bad("løst argument", "Ukjent argument «980858073»", "utfør", "980858073"));
    all.add(
        bad(
            "ukjent generasjon",
            "Ukjent portalgenerasjon «altinn4»",
            "utfør",
            "--generasjon",
            "altinn4"));
  }

  private static void supplierFiles(List<Case> all) {
    Path both = file("begge.csv", "980858073;vism\n".getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "samme leverandør i filen og med --orgnr",
            "er oppgitt i leverandørfilen og med --orgnr",
            "utfør",
            "--leverandorer",
            both.toString(),
            "--orgnr",
            "980858073"));
    Path twice =
        file("to-ganger.csv", "980858073;vism\n980858073;visma\n".getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "samme leverandør to ganger i filen",
            "er oppgitt to ganger i leverandørfilen",
            "utfør",
            "--leverandorer",
            twice.toString()));
    all.add(
        bad(
            "leverandørfil som mangler",
            "Fant ikke leverandørfilen",
            "utfør",
            "--leverandorer",
            temp.resolve("borte.csv").toString()));
    all.add(
        bad(
            "leverandørfil som er en mappe",
            "er en mappe, ikke en leverandørfil",
            "utfør",
            "--leverandorer",
            temp.toString()));
    Path pipe = file("tabell.csv", "312605031;Vis|ma\n".getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "tabelltegn i leverandørfilen",
            "linje 1: Navnet kan ikke inneholde tegnet «|»",
            "utfør",
            "--leverandorer",
            pipe.toString()));
    Path latin1 = file("latin1.csv", "312605031;Bjørn AS\n".getBytes(StandardCharsets.ISO_8859_1));
    all.add(
        bad(
            "leverandørfil i Latin-1",
            "Leverandørfilen «" + latin1 + "» er ikke lagret som UTF-8",
            "utfør",
            "--leverandorer",
            latin1.toString()));
    Path wrongName = file("feil-navn.csv", "980858073;digi\n".getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "feil navn for Visma i leverandørfilen",
            "linje 1: Navnet «digi» passer ikke til 980 858 073",
            "utfør",
            "--leverandorer",
            wrongName.toString()));
    Path quote = file("sitat.csv", "312605031;\"Bjørn AS\n".getBytes(StandardCharsets.UTF_8));
    all.add(
        bad(
            "leverandørfil med åpent anførselstegn",
            "kan ikke leses som CSV",
            "utfør",
            "--leverandorer",
            quote.toString()));
  }

  private static String good() {
    return String.join(
        "\n",
        "navn = at22",
        "generasjon = altinn3",
        "altinn3.adresse = https://am.ui.at22.altinn.cloud/accessmanagement/ui",
        "innlogging = testid",
        "testid.variabel = DPI_TESTID_FNR",
        "aktør = 315260183",
        "beskrivelse = Miljø for øving");
  }

  /** A program named like Chromium's headless shell: only its name is read before the browser. */
  private static Path headlessShell() {
    Path program = file("chromium-headless-shell", "#!/bin/sh\n".getBytes(StandardCharsets.UTF_8));
    program.toFile().setExecutable(true);
    return program;
  }

  private static Path file(String name, byte[] content) {
    try {
      return Files.write(temp.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void isRefusedWithOneNorwegianSentenceBeforeAnythingStarts(Case bad) {
    int browsersBefore = BrowserPool.starts();

    Said said = run(bad);

    assertThat(said.exit()).as(bad.what() + ": " + said.err()).isEqualTo(2);
    List<String> lines = said.err().lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines).as(bad.what()).hasSize(1);
    String sentence = lines.get(0);
    assertThat(sentence).as(bad.what()).startsWith("Feil: ").contains(bad.phrase());
    assertThat(sentence)
        .as("engelsk eller stakkspor")
        .doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
        .doesNotContain("\tat ", "Caused by", "Unknown", "Invalid", "option", "Expected");
    assertThat(said.err() + said.out()).doesNotContain(GOOD_PID, BAD_PID);
    assertThat(said.out()).doesNotContain("Øvingsportalen kjører");
    assertThat(BrowserPool.starts()).as("nettlesere startet").isEqualTo(browsersBefore);
  }

  private record Said(int exit, String out, String err) {}

  private static Said run(Case bad) {
    List<String> args = new ArrayList<>(bad.args());
    if (!args.isEmpty() && ACTIONS.contains(args.get(0))) {
      args.addAll(Arrays.asList("--rapportmappe", temp.resolve("rapporter").toString()));
    }
    Map<String, String> env = new HashMap<>(bad.env());
    return run(env, args.toArray(String[]::new));
  }

  static Said run(Map<String, String> env, String... args) {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      Console console =
          new Console(
              env::get,
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit = TimedRuns.run(console, args);
      return new Said(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }
}
