package eu.urbis.auth;

import java.time.Duration;

/** Settings read once at start-up by the config loader. */
public record RateLimits(
  int loginFailuresPerUsername, int loginFailuresPerIp, Duration loginWindow,
  int registrationsPerIp, Duration registrationWindow) {
}
