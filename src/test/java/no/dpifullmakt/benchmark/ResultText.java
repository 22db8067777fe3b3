package no.dpifullmakt.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToDoubleFunction;

/** The benchmark's result in bokmål, as a Markdown table for the console and resultat.md. */
final class ResultText {

  private static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");

  /** CPU-seconds below which a step's share is too small to compare robot and floor by. */
  private static final double SMALLEST_STEP_CPU = 0.05;

  /** What was run, for the heading. */
  record Setup(
      int rounds,
      int warmups,
      int screenshotRounds,
      double limit,
      double screenshotLimit,
      String browser,
      String jvm,
      boolean cpuMeasured,
      String load) {}

  /** The peak resident memory, where it could be measured. */
  record Memory(OptionalLong jvmKib, Map<String, ResidentMemory.Tree> browsers) {}

  private ResultText() {}

  static String render(Setup setup, List<FlowResults> flows, Memory memory) {
    StringBuilder out = new StringBuilder();
    out.append("# Ytelse: roboten mot gulvet\n\n");
    out.append(
        String.format(
            BOKMAL,
            "%d runder per flyt (pluss %d oppvarming som ikke telles), %d runder med skjermbilder;"
                + " %s; JVM-en med %s; grense robot/gulv %s; skjermbildene skal koste under %s ms"
                + " per flyt. %s%n%n",
            setup.rounds(),
            setup.warmups(),
            setup.screenshotRounds(),
            setup.browser(),
            setup.jvm(),
            ratio(setup.limit()),
            millis(setup.screenshotLimit()),
            setup.load()));
    for (FlowResults flow : flows) {
      flowTable(out, flow);
      if (setup.cpuMeasured()) {
        cpuTable(out, flow);
        stepCpuTable(out, flow);
      }
    }
    out.append("## Sammendrag\n\n");
    for (FlowResults flow : flows) {
      double cost = flow.screenshotCost();
      out.append(
          String.format(
              BOKMAL,
              "- %s: robot/gulv %s (grense %s) – %s. Skjermbilder koster %s ms per flyt (%+.0f %%;"
                  + " grense under %s ms) – %s; %s ms per steg i snitt; robot med"
                  + " skjermbilder/gulv %s. Målt i roboten holdt bildene stegene opp i %s ms"
                  + " per flyt.%n",
              flow.flow().generation(),
              ratio(flow.ratio()),
              ratio(setup.limit()),
              flow.ratio() <= setup.limit() ? "innenfor" : "OVER GRENSEN",
              millis(cost),
              100 * cost / flow.robotFlow(),
              millis(setup.screenshotLimit()),
              Double.isNaN(cost)
                  ? "ikke målt"
                  : cost < setup.screenshotLimit() ? "innenfor" : "OVER GRENSEN",
              millis(cost / flow.labels().size()),
              ratio(flow.screenshotFlow() / flow.floorFlow()),
              millis(flow.heldUpByPictures())));
      if (setup.cpuMeasured()) {
        double robotCpu = flow.robotCpu(ProcessCpu.Use::total);
        double floorCpu = flow.floorCpu(ProcessCpu.Use::total);
        out.append(
            String.format(
                BOKMAL,
                "  CPU per kjøring: roboten %s CPU-sekunder, gulvet %s (robot/gulv %s).%n",
                seconds(robotCpu),
                seconds(floorCpu),
                ratio(robotCpu / floorCpu)));
      } else {
        out.append(
            "  CPU ble ikke målt: den leses fra Linux' /proc, og bare når nettlesernes"
                + " prosesser er funnet der.\n");
      }
    }
    out.append('\n');
    memoryTable(out, memory);
    out.append(method());
    return out.toString();
  }

  private static void flowTable(StringBuilder out, FlowResults flow) {
    out.append("## ").append(flow.flow().title()).append("\n\n");
    out.append(
        "| Steg | Robot (ms) | Gulv (ms) | Robot/gulv | Robot med skjermbilder (ms) |"
            + " Skjermbildene koster (ms) |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    List<String> labels = flow.labels();
    for (int i = 0; i < labels.size(); i++) {
      row(out, labels.get(i), flow.robotStep(i), flow.floorStep(i), flow.screenshotStep(i));
    }
    row(
        out,
        "**Flyten** (median av summen per kjøring)",
        flow.robotFlow(),
        flow.floorFlow(),
        flow.screenshotFlow());
    out.append(
        String.format(
            BOKMAL,
            "| Hel kjøring av kommandolinjen (med oppstart og rapporter) | %s | – | %s | %s | %s |%n%n",
            millis(flow.robotWhole()),
            ratio(flow.robotWhole() / flow.floorFlow()),
            millis(flow.screenshotWhole()),
            millis(flow.screenshotWhole() - flow.robotWhole())));
  }

  private static void cpuTable(StringBuilder out, FlowResults flow) {
    out.append("CPU per kjøring (CPU-sekunder, median over kjøringene):\n\n");
    out.append("| Prosess | Robot | Gulv | Robot/gulv | Robot med skjermbilder |\n");
    out.append("|---|---:|---:|---:|---:|\n");
    for (ProcessCpu.Kind kind : ProcessCpu.Kind.values()) {
      cpuRow(out, kind.label(), flow, use -> use.of(kind));
    }
    cpuRow(out, "**I alt** (median av summen per kjøring)", flow, ProcessCpu.Use::total);
    out.append('\n');
  }

  private static void stepCpuTable(StringBuilder out, FlowResults flow) {
    out.append("CPU per steg (CPU-sekunder, median over kjøringene, skjermbilder av):\n\n");
    out.append("| Steg | Robot | Gulv | Robot/gulv |\n");
    out.append("|---|---:|---:|---:|\n");
    List<String> labels = flow.labels();
    for (int i = 0; i < labels.size(); i++) {
      double robot = flow.robotStepCpu(i);
      double floor = flow.floorStepCpu(i);
      out.append(
          String.format(
              BOKMAL,
              "| %s | %s | %s | %s |%n",
              labels.get(i).replace("|", "\\|"),
              seconds(robot),
              seconds(floor),
              robot < SMALLEST_STEP_CPU || floor < SMALLEST_STEP_CPU ? "–" : ratio(robot / floor)));
    }
    out.append('\n');
  }

  private static void cpuRow(
      StringBuilder out, String label, FlowResults flow, ToDoubleFunction<ProcessCpu.Use> what) {
    double robot = flow.robotCpu(what);
    double floor = flow.floorCpu(what);
    out.append(
        String.format(
            BOKMAL,
            "| %s | %s | %s | %s | %s |%n",
            label,
            seconds(robot),
            seconds(floor),
            ratio(robot / floor),
            seconds(flow.screenshotCpu(what))));
  }

  private static void row(
      StringBuilder out, String label, double robot, double floor, double screenshots) {
    out.append(
        String.format(
            BOKMAL,
            "| %s | %s | %s | %s | %s | %s |%n",
            label.replace("|", "\\|"),
            millis(robot),
            millis(floor),
            ratio(robot / floor),
            millis(screenshots),
            millis(screenshots - robot)));
  }

  private static void memoryTable(StringBuilder out, Memory memory) {
    out.append("## Høyeste residente minne\n\n");
    out.append(
        "| Prosess | Topp, resident (MiB) | Andel (Pss) i toppen (MiB) |\n|---|---:|---:|\n");
    out.append(
        String.format(
            BOKMAL,
            "| Robotens JVM (VmHWM; øvingsportalen og målingen kjører i den samme JVM-en) | %s | – |%n",
            memory.jvmKib().isPresent() ? mib(memory.jvmKib().getAsLong()) : "ikke målt"));
    memory
        .browsers()
        .forEach(
            (name, tree) ->
                out.append(
                    String.format(
                        BOKMAL,
                        "| %s (Chromium, sum av VmRSS over %d prosesser) | %s | %s |%n",
                        name,
                        tree.processes(),
                        tree.kib() > 0 ? mib(tree.kib()) : "ikke målt",
                        tree.pssKib() > 0 ? mib(tree.pssKib()) : "ikke målt")));
    out.append('\n');
  }

  private static String method() {
    return """
        ## Slik er det målt

        - Roboten kjøres som kommandolinjen (`Main.run`, `utfør --generasjon …`) mot én \
        øvingsportal i samme JVM, med skjermbilder av (`DPI_SKJERMBILDER=av`). Tidene per steg \
        er robotens egne, fra meldingsrapporten hver kjøring skriver (`cucumber.ndjson`): et \
        steg varer fra det begynner til neste steg begynner, med steghookene (skjermbilde og \
        fingeravtrykk) og rapportenes arbeid imellom, så stegene summerer seg til hele \
        scenariet.
        - Gulvet er den enkleste Selenium-koden som gjør de samme klikkene og tastetrykkene: \
        `By.id`, CSS og XPath, `WebDriverWait` som spør hvert 100. ms (Seleniums standard er \
        500 ms), ingen rapporter og ingen skjermbilder. Roboten spør ikke etter klokka: den ser \
        på nytt når siden endrer seg, og ellers hvert 300. ms, så den kan se en endring før \
        gulvet gjør det. Det er med i forholdet robot/gulv. Det venter bare der sidene krever \
        det: på lasting, og på at en side i Altinn 2-dialogen har glidd ferdig inn før det \
        klikker. Hvert steg slutter der robotens steg slutter.
        - Robot og gulv bytter på innenfor hver runde (annenhver runde begynner gulvet), og \
        øvingsportalen nullstilles før hver kjøring, så hver kjøring gir rettigheten på nytt; \
        portalens egen tilstand kontrolleres etterpå. Robotens kjøringer med skjermbilder på er \
        spredt mellom rundene.
        - Robot og gulv har hver sin hodeløse Chromium, startet én gang med robotens \
        innstillinger. Roboten låner sin gjennom `BrowserPool` og får den renset før hver \
        kjøring, slik den ellers gjør mellom scenarier; nettleserstarten er ikke med i noen tid.
        - Forholdet robot/gulv er medianen av robotens flyt delt på medianen av gulvets. «Hel \
        kjøring» tar med kommandolinjens oppstart, Cucumber og rapportene; den holdes ikke mot \
        grensen.
        - Hva skjermbildene koster, er medianen av robotens flyt med skjermbilder på minus \
        medianen uten. Det holdes mot sin egen grense i millisekunder per flyt.
        - Hvor lenge bildene holdt stegene opp, måler roboten selv på sin egen vei: tiden det tar \
        å ta hvert bilde, og å vente på rammen der steget venter på den. Den skriver det i \
        robot.log for hvert steg med bilde, og tallet er medianen over kjøringene med skjermbilder \
        av summen per kjøring. Det avhenger ikke av hvordan to medianer av kjøringer som spriker \
        faller, men tar ikke med det rammene koster maskinen ved siden av roboten.
        - CPU per kjøring er lest fra Linux' /proc før og etter hver kjøring: JVM-ens egen tid \
        (roboten eller gulvet, og øvingsportalen og målingen, som kjører i samme JVM for begge), \
        og kjøringens egen nettleser: ChromeDriver og alle Chromium-prosessene under den, delt \
        etter slag. En prosess som slutter underveis, telles hos forelderen som rydder etter den \
        (en renderer hos zygoten, altså hos sidene). Den andre nettleseren, som står stille \
        imens, telles ikke. Robotens tall gjelder hele kommandolinjekjøringen, med oppstart, \
        Cucumber og rapporter, slik testene i bygget kjører den; gulvets bare flyten. Bygget er \
        bundet av CPU, så det er dette tallet, ikke tiden, som sier hva en kjøring koster bygget.
        - CPU per steg: under hver kjøring leses den samme summen (JVM-en og kjøringens \
        nettleser) hvert 25. ms på en egen tråd, og hvert steg får det som ble brukt fra det \
        begynte til det sluttet (robotens steg fra meldingsrapporten, gulvets fra dets egen \
        klokke); mellom to lesinger regnes bruken som jevn. Lesingenes egen CPU er trukket fra, \
        også i CPU per kjøring. Det Chromium og øvingsportalen gjør for et steg etter at neste \
        steg har begynt, telles i neste steg, så tallene for korte steg er usikre.
        - Nettlesernes minne er summen av VmRSS over Chromium-prosessene (hovedprosessen og alle \
        under den, uten chromedriver), målt hvert 200. ms; minne som prosessene deler, telles i \
        hver av dem. Andelen (summen av Pss, der delt minne deles på prosessene) er lest i \
        øyeblikket toppen ble nådd.
        """;
  }

  private static String millis(double value) {
    return Double.isNaN(value) ? "–" : String.format(BOKMAL, "%.0f", value);
  }

  private static String seconds(double value) {
    return Double.isNaN(value) ? "–" : String.format(BOKMAL, "%.2f", value);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "–"
        : String.format(BOKMAL, "%.2f", value);
  }

  private static String mib(long kib) {
    return String.format(BOKMAL, "%.0f", kib / 1024.0);
  }
}
