package no.dpifullmakt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rooms of the house: the practice portal and the robot never import each other. */
@AnalyzeClasses(packages = "no.dpifullmakt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule practicePortalImportsNothingFromTheRobot =
      noClasses()
          .that()
          .resideInAPackage("no.dpifullmakt.practiceportal..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "no.dpifullmakt.practiceportal..",
              "java..",
              "javax..",
              "io.javalin..",
              "com.fasterxml..",
              "com.github.mustachejava..",
              "org.eclipse.jetty..",
              "jakarta..",
              "kotlin..",
              "org.slf4j..",
              "org.h2..",
              "org.jetbrains..");

  @ArchTest
  static final ArchRule robotImportsNothingFromThePracticePortal =
      noClasses()
          .that()
          .resideInAPackage("no.dpifullmakt..")
          .and()
          .resideOutsideOfPackages("no.dpifullmakt.practiceportal..", "no.dpifullmakt.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("no.dpifullmakt.practiceportal..")
          // Until the robot's own packages exist there is nothing to check.
          .allowEmptyShould(true);
}
