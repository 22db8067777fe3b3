package no.dpifullmakt.practiceportal.altinn3.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import no.dpifullmakt.practiceportal.directory.Directory;
import no.dpifullmakt.practiceportal.directory.Organisation;
import no.dpifullmakt.practiceportal.directory.Person;
import org.junit.jupiter.api.Test;

class OrganisationLookupTest {

  private static final Directory DIRECTORY = Directory.seeded();
  private static final Person ASE = DIRECTORY.person("15867210064").orElseThrow();
  private static final Person INGRID = DIRECTORY.person("12857610030").orElseThrow();
  private static final Organisation APE = DIRECTORY.organisation("312787075").orElseThrow();

  private final MutableClock clock = new MutableClock();
  private final OrganisationLookup lookup =
      new OrganisationLookup(DIRECTORY, new LookupLockout(clock));

  @Test
  void findsAKnownOrganisation() {
    assertThat(lookup.lookUp(ASE, APE, "991825827"))
        .isEqualTo(new LookupOutcome.Found(DIRECTORY.organisation("991825827").orElseThrow()));
  }

  @Test
  void refusesTheOwnNumber() {
    assertThat(lookup.lookUp(ASE, APE, "312787075")).isEqualTo(new LookupOutcome.OwnNumber());
  }

  @Test
  void aNumberWithAWrongCheckDigitIsNotFound() {
    assertThat(lookup.lookUp(ASE, APE, "991825828")).isEqualTo(new LookupOutcome.NotFound());
  }

  @Test
  void aValidButUnknownNumberIsNotFound() {
    assertThat(lookup.lookUp(ASE, APE, "974761076")).isEqualTo(new LookupOutcome.NotFound());
  }

  @Test
  void fiveFailuresLockThePersonOutForAnHour() {
    for (int i = 0; i < LookupLockout.MAX_FAILURES; i++) {
      assertThat(lookup.lookUp(ASE, APE, "123456789")).isEqualTo(new LookupOutcome.NotFound());
    }
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isEqualTo(new LookupOutcome.LockedOut());
    assertThat(lookup.lookUp(INGRID, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);

    clock.advance(Duration.ofMinutes(59));
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isEqualTo(new LookupOutcome.LockedOut());
    clock.advance(Duration.ofMinutes(1));
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);
  }

  @Test
  void failuresOlderThanAnHourDoNotCount() {
    for (int i = 0; i < LookupLockout.MAX_FAILURES - 1; i++) {
      lookup.lookUp(ASE, APE, "123456789");
    }
    clock.advance(Duration.ofMinutes(61));
    lookup.lookUp(ASE, APE, "123456789");
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);
  }

  @Test
  void theOwnNumberDoesNotCountAsAFailure() {
    for (int i = 0; i < 10; i++) {
      lookup.lookUp(ASE, APE, "312787075");
    }
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);
  }

  @Test
  void clearingForgetsTheLockout() {
    for (int i = 0; i < LookupLockout.MAX_FAILURES; i++) {
      lookup.lookUp(ASE, APE, "123456789");
    }
    lookup.clear();
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);
  }

  @Test
  void checkingDoesNotCountFailures() {
    for (int i = 0; i < 10; i++) {
      assertThat(lookup.check(APE, "123456789")).isEqualTo(new LookupOutcome.NotFound());
    }
    assertThat(lookup.lookUp(ASE, APE, "991825827")).isInstanceOf(LookupOutcome.Found.class);
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-08-20T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
