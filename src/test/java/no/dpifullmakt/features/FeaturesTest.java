package no.dpifullmakt.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature in the top-level {@code features/} folder against the embedded practice
 * portal, in a real headless browser. Configuration: {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class FeaturesTest {}
