package eu.urbis.auth;

/** What a verified access token says: whose it is, and which session (login family) issued it; null for older tokens. */
public record AccessToken(String userId, String session) {
}
