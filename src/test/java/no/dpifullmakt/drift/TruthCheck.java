package no.dpifullmakt.drift;

import java.util.List;

/** Checks one finished run against the portal: did the robot say only what is true? */
final class TruthCheck {

  static final String VISMA = "980858073";
  private static final String DPI_API = "digdir-dpi-send";
  private static final String DPI_SERVICE = "5504_1";

  private TruthCheck() {}

  /** What the robot said that was not true, in Norwegian; empty when all was true. */
  static List<String> violations(PracticeRuns.Done done) {
    boolean altinn2 = done.plan().generation().equals("altinn2");
    PortalTruth before =
        altinn2
            ? PortalTruth.ofAltinn2(done.stateBefore())
            : PortalTruth.ofAltinn3(done.stateBefore());
    PortalTruth after =
        altinn2
            ? PortalTruth.ofAltinn2(done.stateAfter())
            : PortalTruth.ofAltinn3(done.stateAfter());
    return NoWrongAnswer.violations(
        done.plan().command(),
        supplier(done),
        altinn2 ? DPI_SERVICE : DPI_API,
        !altinn2,
        before,
        after,
        RobotClaim.of(done.run().exit(), done.run().out()));
  }

  private static String supplier(PracticeRuns.Done done) {
    List<String> args = List.of(done.plan().arguments());
    int at = args.indexOf("--orgnr");
    return at < 0 ? VISMA : args.get(at + 1);
  }

  /** «fjern:a3-slett-omdopt: exit 4; …» for assertion messages. */
  static String describe(PracticeRuns.Done done) {
    return done.plan().key() + " (avslutningskode " + done.run().exit() + ")\n" + done.run().out();
  }
}
