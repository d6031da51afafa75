package eu.urbis.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  private Path file(String json) throws IOException {
    Path file = dir.resolve("urbis.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void theShippedConfigLoadsWithDemoOnAndTheEmbeddedDatabase() {
    UrbisConfig config = ConfigLoader.load(Path.of("config/urbis.json"), Map.of());
    assertThat(config.demo()).isTrue();
    assertThat(config.db().embedded()).isTrue();
    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.jwt().accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.auth().argon2().memoryKiB()).isGreaterThanOrEqualTo(19 * 1024);
  }

  @Test
  void environmentVariablesOverrideTheFile() throws IOException {
    UrbisConfig config = ConfigLoader.load(file("{\"http\": {\"port\": 8080}, \"demo\": true}"), Map.of(
      "URBIS_HTTP_HOST", "0.0.0.0",
      "URBIS_HTTP_PORT", "9090",
      "URBIS_DB_URL", "postgresql://app:s3cret@db.example:5433/urbis",
      "URBIS_DATA_DIR", "/var/lib/urbis",
      "URBIS_JWT_SECRET", "x".repeat(40),
      "URBIS_DEMO", "false"));
    assertThat(config.http().host()).isEqualTo("0.0.0.0");
    assertThat(config.http().port()).isEqualTo(9090);
    assertThat(config.db().url()).isEqualTo("postgresql://app:s3cret@db.example:5433/urbis");
    assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/urbis"));
    assertThat(config.jwt().secret()).hasSize(40);
    assertThat(config.demo()).isFalse();
  }

  @Test
  void aBadPortNamesTheKey() throws IOException {
    Path file = file("{\"http\": {\"port\": \"eighty\"}}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("http.port");
  }

  @Test
  void aBadEnvironmentPortNamesTheVariable() throws IOException {
    Path file = file("{}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("URBIS_HTTP_PORT", "99999")))
      .isInstanceOf(ConfigException.class).hasMessageContaining("URBIS_HTTP_PORT");
  }

  @Test
  void aBadDatabaseUrlNamesTheKey() throws IOException {
    Path file = file("{}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("URBIS_DB_URL", "mysql://x/y")))
      .isInstanceOf(ConfigException.class).hasMessageContaining("db.url");
  }

  @Test
  void aShortJwtSecretIsRefused() throws IOException {
    Path file = file("{\"jwt\": {\"secret\": \"short\"}}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("jwt.secret");
  }

  @Test
  void argon2BelowTheMinimumIsRefused() throws IOException {
    Path file = file("{\"auth\": {\"argon2\": {\"memoryKiB\": 1024}}}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("auth.argon2.memoryKiB");
  }

  @Test
  void aMissingConfigFileIsNamed() {
    assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.json"), Map.of())).hasMessageContaining("nope.json");
  }

  @Test
  void invalidJsonIsNamed() throws IOException {
    Path file = file("{ not json");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of())).isInstanceOf(ConfigException.class).hasMessageContaining("not valid JSON");
  }

  @Test
  void aHalfSetBootstrapAdminIsRefused() throws IOException {
    Path file = file("{}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("URBIS_ADMIN_USERNAME", "root")))
      .isInstanceOf(ConfigException.class).hasMessageContaining("URBIS_ADMIN_PASSWORD");
  }
}
