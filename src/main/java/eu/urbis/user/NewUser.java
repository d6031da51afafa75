package eu.urbis.user;

/** What creating an account stores; the password is already hashed. */
public record NewUser(String username, String displayName, String cityId, Role role, String passwordHash) {
}
