package eu.urbis.auth;

import java.time.Duration;

/**
 * Settings read once at start-up by the config loader. Failed logins are limited per username from one client
 * address and per address; failures for a username from everywhere only slow its logins down (from
 * {@code loginSlowdownAfter} failures, doubling up to {@code loginMaxDelay}), so no one can lock its owner out.
 */
public record RateLimits(
  int loginFailuresPerUsernameAndIp, int loginFailuresPerIp, Duration loginWindow,
  int loginSlowdownAfter, Duration loginMaxDelay,
  int registrationsPerIp, Duration registrationWindow,
  Allowance posts, Allowance edits, Allowance searches, Allowance roomCreations, Allowance chatJoins) {

  /** At most {@code limit} per user in each {@code window}. */
  public record Allowance(int limit, Duration window) {
  }
}
