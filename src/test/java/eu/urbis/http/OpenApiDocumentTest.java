package eu.urbis.http;

import eu.urbis.app.Routing;
import eu.urbis.support.ServerExtension;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static eu.urbis.support.TestServer.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and the production router describe the same set of operations, no more, no less. */
class OpenApiDocumentTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();

  private static Set<String> routedOperations() {
    Router router = Routing.create(server.vertx(), server.app().services());
    Set<String> operations = new TreeSet<>();
    for (Route route : router.getRoutes()) {
      String path = route.getPath();
      if (path == null || route.methods() == null || route.methods().isEmpty() || !documented(path)) {
        continue;
      }
      String openApiPath = path.replaceAll(":([A-Za-z]+)", "{$1}");
      route.methods().forEach(method -> operations.add(method.name() + " " + openApiPath));
    }
    return operations;
  }

  /** The API, health and metrics; not the static UI, the API browser or the WebSocket upgrade. */
  private static boolean documented(String path) {
    return path.startsWith("/api/") || path.startsWith("/health") || path.equals("/metrics");
  }

  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private static JsonObject document() throws IOException {
    Map<String, Object> yaml = new Yaml().load(Files.readString(java.nio.file.Path.of("src/main/resources/openapi.yaml")));
    return new JsonObject(Json.encode(yaml));
  }

  private static Set<String> documentedOperations(JsonObject document) {
    Set<String> operations = new TreeSet<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String path : paths.fieldNames()) {
      for (String method : paths.getJsonObject(path).fieldNames()) {
        if (HTTP_METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      }
    }
    return operations;
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsRouted() throws IOException {
    assertThat(documentedOperations(document())).containsExactlyElementsOf(routedOperations());
  }

  @Test
  void theDocumentIsValidOpenApi31() throws IOException {
    JsonObject document = document();
    // validating against the OpenAPI 3.1 meta-schema is tooling work: it gets a Vert.x of its own, not the server's
    Vertx tooling = Vertx.vertx();
    try {
      SchemaRepository repository = await(OpenAPIVersion.V3_1.getRepository(tooling, "https://urbis.invalid/"));
      OutputUnit result = await(OpenAPIVersion.V3_1.validateContract(tooling, repository, document));
      assertThat(result.getValid()).as(String.valueOf(result.getErrors())).isTrue();
    } finally {
      await(tooling.close());
    }
  }

  @Test
  void theDocumentAndTheApiBrowserAreServed() {
    var document = server.api().get("/api/openapi.yaml");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.bodyAsString()).startsWith("openapi: 3.1.0");
    var page = server.api().get("/docs");
    assertThat(page.bodyAsString()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
    assertThat(server.api().get("/docs/init.js").bodyAsString()).contains("/api/openapi.yaml");
  }
}
