import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the build's minutes go: the time of each test class and of the slowest tests, from
 * Surefire's reports, and of the robot's own runs, from the file the tests write for each run.
 *
 * <p>Run after a build: {@code java scripts/Tidstabell.java [target]}.
 */
public final class Tidstabell {

  private record Test(String className, String name, double seconds) {}

  /** A test class with the time Surefire gave it as a whole, set-up included. */
  private record Suite(String className, int tests, double seconds) {}

  private record Run(String testClass, String what, double seconds) {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    List<Suite> suites = new ArrayList<>();
    List<Test> tests = read(target.resolve("surefire-reports"), suites);
    if (suites.isEmpty()) {
      System.out.println("Fant ingen testrapporter i " + target.resolve("surefire-reports") + ".");
      System.exit(1);
    }
    Map<String, Double> cpu = new TreeMap<>();
    lastBuild(target.resolve("klasse-cpu.tsv"))
        .forEach(line -> cpu.merge(line[1], Double.parseDouble(line[2]), Double::sum));
    if (cpu.isEmpty()) {
      perClass(suites);
    } else {
      perClassCpu(suites, cpu);
      tests.removeIf(t -> !cpu.containsKey(t.className()));
    }
    slowest(tests, 25);
    robotRuns(target.resolve("flyttider.tsv"));
  }

  /**
   * The lines of the newest build in a file the tests write (build, what…, seconds); lines of
   * earlier builds without {@code clean} are left out.
   */
  private static List<String[]> lastBuild(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String[]> lines =
        Files.readAllLines(file).stream()
            .map(l -> l.split("\t"))
            .filter(l -> l.length >= 3)
            .toList();
    // The files are only appended to, so the last line is the newest build's.
    String newest = lines.isEmpty() ? "" : lines.get(lines.size() - 1)[0];
    return lines.stream().filter(l -> l[0].equals(newest)).toList();
  }

  private static void perClass(List<Suite> suites) {
    double all = suites.stream().mapToDouble(Suite::seconds).sum();
    System.out.printf(
        Locale.ROOT,
        "Tid per testklasse: %d tester, %.0f s i alt (summen i alle test-JVM-er, ikke veggtid)%n",
        suites.stream().mapToInt(Suite::tests).sum(),
        all);
    System.out.printf("%9s %6s %6s  %s%n", "sekunder", "andel", "tester", "klasse");
    suites.stream()
        .sorted(Comparator.comparingDouble(Suite::seconds).reversed())
        .forEach(
            s ->
                System.out.printf(
                    Locale.ROOT,
                    "%9.1f %5.1f%% %6d  %s%n",
                    s.seconds(),
                    100 * s.seconds() / all,
                    s.tests(),
                    shortName(s.className())));
    System.out.println();
  }

  /**
   * The classes of the newest build by the CPU they used with their browsers: the build is bound
   * by CPU, so this is what a class costs. Its own time is longer when the other test JVMs share
   * the cores.
   */
  private static void perClassCpu(List<Suite> suites, Map<String, Double> cpu) {
    Map<String, Suite> byName = new TreeMap<>();
    suites.forEach(s -> byName.put(s.className(), s));
    double all = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.printf(
        Locale.ROOT,
        "CPU per testklasse i siste bygg: %d klasser, %.0f CPU-sekunder i alt (med nettleserne"
            + " og driverne de startet)%n",
        cpu.size(),
        all);
    System.out.printf("%9s %6s %9s %6s  %s%n", "CPU-sek", "andel", "sekunder", "tester", "klasse");
    cpu.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(
            e -> {
              Suite suite = byName.get(e.getKey());
              System.out.printf(
                  Locale.ROOT,
                  "%9.1f %5.1f%% %9.1f %6d  %s%n",
                  e.getValue(),
                  100 * e.getValue() / all,
                  suite == null ? 0 : suite.seconds(),
                  suite == null ? 0 : suite.tests(),
                  shortName(e.getKey()));
            });
    System.out.println();
  }

  private static void slowest(List<Test> tests, int count) {
    System.out.println("De " + count + " tregeste enkelttestene");
    tests.stream()
        .sorted(Comparator.comparingDouble(Test::seconds).reversed())
        .limit(count)
        .forEach(
            t ->
                System.out.printf(
                    Locale.ROOT,
                    "%9.1f  %s › %s%n",
                    t.seconds(),
                    shortName(t.className()),
                    t.name()));
    System.out.println();
  }

  private static void robotRuns(Path file) throws IOException {
    if (!Files.exists(file)) {
      System.out.println("Ingen robotkjøringer registrert (" + file + " finnes ikke).");
      return;
    }
    List<Run> runs = new ArrayList<>();
    for (String[] parts : lastBuild(file)) {
      if (parts.length == 4) {
        runs.add(new Run(parts[1], parts[2], Double.parseDouble(parts[3])));
      }
    }
    Map<String, List<Run>> byWhat = new LinkedHashMap<>();
    runs.stream()
        .sorted(Comparator.comparing(Run::what))
        .forEach(r -> byWhat.computeIfAbsent(r.what(), k -> new ArrayList<>()).add(r));
    double all = runs.stream().mapToDouble(Run::seconds).sum();
    System.out.printf(
        Locale.ROOT, "Robotens kjøringer: %d, %.0f s i alt%n", runs.size(), all);
    System.out.printf("%9s %6s %8s  %s%n", "sekunder", "antall", "snitt", "kjøring");
    byWhat.entrySet().stream()
        .sorted(
            Comparator.comparingDouble(
                (Map.Entry<String, List<Run>> e) ->
                    -e.getValue().stream().mapToDouble(Run::seconds).sum()))
        .forEach(
            e -> {
              double total = e.getValue().stream().mapToDouble(Run::seconds).sum();
              System.out.printf(
                  Locale.ROOT,
                  "%9.1f %6d %8.1f  %s%n",
                  total,
                  e.getValue().size(),
                  total / e.getValue().size(),
                  e.getKey());
            });
    Map<String, Double> byClass = new TreeMap<>();
    runs.forEach(r -> byClass.merge(shortName(r.testClass()), r.seconds(), Double::sum));
    System.out.println();
    System.out.println("Robotens kjøringer per testklasse");
    byClass.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> System.out.printf(Locale.ROOT, "%9.1f  %s%n", e.getValue(), e.getKey()));
  }

  private static List<Test> read(Path reports, List<Suite> suites) throws Exception {
    List<Test> tests = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return tests;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(reports)) {
      files =
          list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
    }
    var factory = DocumentBuilderFactory.newInstance();
    for (Path file : files) {
      Element suite = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
      NodeList cases = suite.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        tests.add(new Test(c.getAttribute("classname"), c.getAttribute("name"), seconds(c)));
      }
      suites.add(new Suite(suite.getAttribute("name"), cases.getLength(), seconds(suite)));
    }
    return tests;
  }

  private static double seconds(Element element) {
    String time = element.getAttribute("time").replace(",", "");
    return time.isEmpty() ? 0 : Double.parseDouble(time);
  }

  private static String shortName(String className) {
    return className.startsWith("no.dpifullmakt.")
        ? className.substring("no.dpifullmakt.".length())
        : className;
  }
}
