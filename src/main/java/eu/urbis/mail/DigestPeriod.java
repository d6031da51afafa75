package eu.urbis.mail;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A digest's window [start, end): a day, or the seven days to a Monday, ending at {@code notify.digestHour} UTC.
 * {@code about} names it in the outbox ({@code daily:2026-12-02}), so each person gets one digest per period.
 */
record DigestPeriod(String mode, Instant start, Instant end, String about) {

  /** The latest whole period of {@code mode} (daily or weekly) that ended at or before {@code now}. */
  static DigestPeriod latest(String mode, Instant now, int digestHour) {
    ZonedDateTime at = now.atZone(ZoneOffset.UTC);
    LocalDate day = at.getHour() >= digestHour ? at.toLocalDate() : at.toLocalDate().minusDays(1);
    if (mode.equals("weekly")) {
      day = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
    return ending(mode, day.atTime(digestHour, 0).toInstant(ZoneOffset.UTC));
  }

  static DigestPeriod ending(String mode, Instant end) {
    Instant start = end.minus(java.time.Duration.ofDays(mode.equals("weekly") ? 7 : 1));
    return new DigestPeriod(mode, start, end, mode + ":" + end.atZone(ZoneOffset.UTC).toLocalDate());
  }
}
