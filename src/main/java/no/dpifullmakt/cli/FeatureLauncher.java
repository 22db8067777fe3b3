package no.dpifullmakt.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one feature file through Cucumber on the JUnit Platform, the same engine the tests use, and
 * writes Cucumber's own HTML, JSON, JUnit XML and message reports, the diagnosis of a changed
 * screen, the illustrated guide (when all went well) and the UI fingerprint.
 */
final class FeatureLauncher {

  /** What came of the scenarios: how many ran, and what went wrong in those that failed. */
  record Result(int scenarios, List<Throwable> failures) {}

  private FeatureLauncher() {}

  static Result run(Path feature, Path reportFolder, int threads) {
    String reports = reportFolder.toAbsolutePath().toString();
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectFile(feature.toFile()))
            .filters(EngineFilter.includeEngines("cucumber"))
            .configurationParameter("cucumber.glue", "no.dpifullmakt.steps")
            .configurationParameter(
                "cucumber.plugin",
                String.join(
                    ",",
                    "no.dpifullmakt.report.ProgressPrinter",
                    "no.dpifullmakt.report.diagnosis.DiagnosisWriter:" + reports,
                    "no.dpifullmakt.report.guide.GuideWriter:" + reports,
                    "no.dpifullmakt.report.fingerprint.FingerprintWriter:" + reports,
                    "html:" + reports + "/cucumber.html",
                    "json:" + reports + "/cucumber.json",
                    "junit:" + reports + "/cucumber.xml",
                    "message:" + reports + "/cucumber.ndjson"))
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter(
                "cucumber.execution.parallel.enabled", String.valueOf(threads > 1))
            .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(threads))
            .configurationParameter(
                "cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(threads))
            .build();
    Collector collector = new Collector();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, collector);
    return new Result(collector.scenarios, List.copyOf(collector.failures));
  }

  private static final class Collector implements TestExecutionListener {
    private int scenarios;
    private final List<Throwable> failures =
        java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public synchronized void executionFinished(
        TestIdentifier identifier, org.junit.platform.engine.TestExecutionResult result) {
      if (!identifier.isTest()) {
        result.getThrowable().ifPresent(failures::add);
        return;
      }
      scenarios++;
      result.getThrowable().ifPresent(failures::add);
    }
  }
}
