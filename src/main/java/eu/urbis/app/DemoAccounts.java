package eu.urbis.app;

import eu.urbis.auth.AuthService;
import eu.urbis.user.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.util.List;

/** One demo user per role, each in a different city, created once when demo mode is on. */
public final class DemoAccounts {
  public static final String PASSWORD = "urbis-demo-2026";

  record Account(String username, String displayName, String cityId, Role role) {
  }

  static final List<Account> ACCOUNTS = List.of(
    new Account("admin", "Ada Adminsson", "helsinki", Role.ADMIN),
    new Account("moderator", "Mila Moderato", "lyon", Role.MODERATOR),
    new Account("mentor", "Marta Mentora", "barcelona", Role.MENTOR),
    new Account("member", "Georgi Member", "gabrovo", Role.MEMBER));

  private DemoAccounts() {
  }

  static Future<Void> ensure(AuthService auth) {
    Future<Void> chain = Future.succeededFuture();
    for (Account account : ACCOUNTS) {
      chain = chain.compose(v -> auth.ensureAccount(account.username(), PASSWORD, account.displayName(), account.cityId(), account.role()).mapEmpty());
    }
    return chain;
  }

  /** Example addresses (example.org never receives mail), so e-mail can be tried in the outbox; kept once changed. */
  static Future<Void> giveAddresses(Pool pool) {
    String[] usernames = ACCOUNTS.stream().map(Account::username).toArray(String[]::new);
    return pool.preparedQuery("UPDATE users SET email = username || '@example.org' WHERE username = ANY($1) AND email IS NULL")
      .execute(Tuple.tuple().addArrayOfString(usernames))
      .mapEmpty();
  }
}
