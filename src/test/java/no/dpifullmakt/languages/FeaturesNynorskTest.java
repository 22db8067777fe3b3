package no.dpifullmakt.languages;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The bokmål procedure of Altinn 3's give, check and remove, run for a daglig leder who reads
 * Altinn in nynorsk: the feature files stay as they are, the screens change language.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features/altinn3")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value = "no.dpifullmakt.steps,no.dpifullmakt.features,no.dpifullmakt.languages.nynorsk")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "no.dpifullmakt.report.ProgressPrinter,html:target/rapporter/cucumber-nynorsk/cucumber.html")
@IncludeTags({"utfør", "kontroller", "fjern"})
public class FeaturesNynorskTest {}
