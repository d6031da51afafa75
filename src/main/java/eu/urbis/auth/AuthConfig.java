package eu.urbis.auth;

import java.util.List;

/** Settings read once at start-up by the config loader. */
public record AuthConfig(boolean openRegistration, List<String> inviteCodes, Argon2Config argon2) {
}
