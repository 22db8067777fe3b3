package no.dpifullmakt.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule the whole robot answers to: what it said agrees with what the portal really stored. A
 * stop with a diagnosis is never wrong; "gitt", "på plass", "mangler", "fjernet", "ingenting å
 * fjerne" and every change it reports must be true, and every change it made must be reported.
 */
final class NoWrongAnswer {

  private NoWrongAnswer() {}

  /**
   * @param command {@code utfør}, {@code kontroller} or {@code fjern}
   * @param supplier the supplier's organisation number
   * @param right the DPI right's identifier in the portal's state
   * @param supplierIsAChange whether being listed is itself a change the robot reports (Altinn 3's
   *     suppliers; Altinn 2's right holders come and go with their rights)
   * @return what was wrong, in Norwegian; empty when everything the robot said was true
   */
  static List<String> violations(
      String command,
      String supplier,
      String right,
      boolean supplierIsAChange,
      PortalTruth before,
      PortalTruth after,
      RobotClaim claim) {
    List<String> wrong = new ArrayList<>();
    boolean had = before.has(supplier, right);
    boolean has = after.has(supplier, right);
    boolean wasListed = before.listed(supplier) > 0;
    boolean isListed = after.listed(supplier) > 0;

    if (!before.without(supplier).equals(after.without(supplier))) {
      wrong.add("andre leverandører enn " + supplier + " ble endret");
    }
    if (isListed && !before.others(supplier, right).equals(after.others(supplier, right))) {
      wrong.add("leverandørens andre rettigheter ble endret");
    }
    if (supplierIsAChange && wasListed && !isListed && !before.others(supplier, right).isEmpty()) {
      wrong.add("leverandøren ble slettet, med andre rettigheter");
    }
    if (after.times(supplier, right) > 1) {
      wrong.add("rettigheten er gitt mer enn én gang");
    }

    reported(wrong, claim, !had && has, "gitt", "gi ", "at rettigheten ble gitt");
    reported(wrong, claim, had && !has, "fjernet", "fjerne ", "at rettigheten ble fjernet");
    if (supplierIsAChange) {
      reported(
          wrong,
          claim,
          !wasListed && isListed,
          "lagt til som leverandør",
          "legge til ",
          "at leverandøren ble lagt til");
      reported(
          wrong,
          claim,
          wasListed && !isListed,
          "slettet som leverandør",
          "slette ",
          "at leverandøren ble slettet");
    }
    boolean changed = had != has || (supplierIsAChange && wasListed != isListed);
    if (claim.nothing() && changed) {
      wrong.add("roboten sa «Ingenting ble endret i Altinn», men noe ble endret");
    }

    switch (command) {
      case "utfør" -> {
        if (claim.exit() == 0 && !has) {
          wrong.add("utfør sluttet med 0, men rettigheten er ikke gitt");
        }
        if (claim.says("Gitt nå") && !(has && !had)) {
          wrong.add("roboten sa «Gitt nå» uten å ha gitt den");
        }
        if (claim.says("Allerede på plass") && !had) {
          wrong.add("roboten sa «allerede gitt», men den var ikke gitt");
        }
      }
      case "kontroller" -> {
        if (changed) {
          wrong.add("kontroller endret noe i Altinn");
        }
        if (claim.exit() == 0 && !has) {
          wrong.add("kontroller sa «på plass» (0), men rettigheten mangler");
        }
        if (claim.says("Mangler") && has) {
          wrong.add("kontroller sa «mangler», men rettigheten er gitt");
        }
      }
      case "fjern" -> {
        if (claim.exit() == 0 && has) {
          wrong.add("fjern sluttet med 0, men rettigheten står der fortsatt");
        }
        if (claim.says("Var ikke gitt") && had) {
          wrong.add("roboten sa «ingenting å fjerne», men rettigheten var gitt");
        }
        if (claim.says("Fjernet nå") && !(had && !has)) {
          wrong.add("roboten sa «Fjernet nå» uten å ha fjernet den");
        }
      }
      default -> throw new IllegalArgumentException(command);
    }
    return wrong;
  }

  /** A change happened exactly when the robot reports it, or says it was in the middle of it. */
  private static void reported(
      List<String> wrong,
      RobotClaim claim,
      boolean happened,
      String ending,
      String unfinished,
      String what) {
    boolean claimed = claim.claimsChange(ending);
    if (claimed && !happened) {
      wrong.add("roboten rapporterte " + what + ", men det skjedde ikke");
    }
    if (happened && !claimed && !claim.unfinishedChange(unfinished)) {
      wrong.add("det skjedde, men roboten rapporterte ikke " + what);
    }
  }
}
