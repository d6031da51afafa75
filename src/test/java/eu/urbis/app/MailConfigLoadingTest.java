package eu.urbis.app;

import eu.urbis.mail.MailConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The smtp.* and notify.* keys: no SMTP by default, the environment over the file, bad values named. */
class MailConfigLoadingTest {
  private static Path file(String json) throws IOException {
    Path file = Files.createTempFile("urbis-mail-config", ".json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void withoutASmtpHostMailStaysInTheOutboxAndTheDefaultsHold() throws IOException {
    MailConfig mail = ConfigLoader.load(file("{}"), Map.of()).mail();
    assertThat(mail.smtp()).isNull();
    assertThat(mail.emailDelay()).isEqualTo(Duration.ofMinutes(10));
    assertThat(mail.digestHour()).isEqualTo(7);
    assertThat(mail.publicUrl()).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void theEnvironmentWinsOverTheFile() throws IOException {
    MailConfig mail = ConfigLoader.load(file("{\"smtp\": {\"host\": \"file.example.org\", \"tls\": \"tls\"}, \"notify\": {\"emailDelayMinutes\": 3}}"),
      Map.of("URBIS_SMTP_HOST", "env.example.org", "URBIS_SMTP_USER", "mailer", "URBIS_SMTP_PASSWORD", "secret",
        "URBIS_SMTP_FROM", "Urbis <urbis@example.org>", "URBIS_PUBLIC_URL", "https://urbis.example.org")).mail();
    assertThat(mail.smtp()).isEqualTo(new MailConfig.Smtp("env.example.org", 465, "tls", "mailer", "secret", "Urbis <urbis@example.org>", 8));
    assertThat(mail.emailDelay()).isEqualTo(Duration.ofMinutes(3));
    assertThat(mail.publicUrl()).isEqualTo("https://urbis.example.org");
  }

  @Test
  void badValuesFailWithTheKeyNamed() throws IOException {
    Path badTls = file("{\"smtp\": {\"host\": \"mail.example.org\", \"tls\": \"ssl3\"}}");
    assertThatThrownBy(() -> ConfigLoader.load(badTls, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("smtp.tls");
    Path userOnly = file("{\"smtp\": {\"host\": \"mail.example.org\", \"user\": \"mailer\"}}");
    assertThatThrownBy(() -> ConfigLoader.load(userOnly, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("smtp.user");
    Path badUrl = file("{\"notify\": {\"publicUrl\": \"javascript:alert(1)\"}}");
    assertThatThrownBy(() -> ConfigLoader.load(badUrl, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("notify.publicUrl");
  }
}
