package no.dpifullmakt.features;

import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs Altinn 2's features against the embedded practice portal, in a real headless browser; a
 * suite of its own, so that the two generations' features run side by side in the build.
 * Configuration: {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/altinn2")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "no.dpifullmakt.report.ProgressPrinter,html:target/rapporter/cucumber-altinn2/cucumber.html,"
            + "json:target/rapporter/cucumber-altinn2/cucumber.json,"
            + "junit:target/rapporter/cucumber-altinn2/cucumber.xml,"
            + "message:target/rapporter/cucumber-altinn2/cucumber.ndjson")
public class FeaturesAltinn2Test {}
