package eu.urbis.mail;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which day or week a digest covers, and the name that makes it once per person. */
class DigestPeriodTest {
  @Test
  void aDailyDigestCoversTheDayToTheLatestDigestHour() {
    DigestPeriod before = DigestPeriod.latest("daily", Instant.parse("2026-12-02T06:59:00Z"), 7);
    assertThat(before.end()).isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
    assertThat(before.start()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    assertThat(before.about()).isEqualTo("daily:2026-12-01");

    DigestPeriod after = DigestPeriod.latest("daily", Instant.parse("2026-12-02T07:00:00Z"), 7);
    assertThat(after.end()).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));
    assertThat(after.about()).isEqualTo("daily:2026-12-02");
  }

  @Test
  void aWeeklyDigestCoversTheSevenDaysToTheLatestMonday() {
    // 2026-12-02 is a Wednesday
    DigestPeriod week = DigestPeriod.latest("weekly", Instant.parse("2026-12-02T12:00:00Z"), 7);
    assertThat(week.end()).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    assertThat(week.start()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
    assertThat(week.about()).isEqualTo("weekly:2026-11-30");

    DigestPeriod mondayMorning = DigestPeriod.latest("weekly", Instant.parse("2026-11-30T06:00:00Z"), 7);
    assertThat(mondayMorning.about()).isEqualTo("weekly:2026-11-23");
  }
}
