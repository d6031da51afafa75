package eu.urbis.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The OpenAPI document at /api/openapi.yaml and a Swagger UI for it at /docs, served from the swagger-ui webjar.
 * Resources are read once at construction (start-up, on a worker).
 */
public final class ApiDocs {
  private static final String DOCUMENT = "openapi.yaml";
  private static final String SWAGGER_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  // Swagger UI sets style attributes from script; scripts stay same-origin only.
  private static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Buffer document;
  private final String page;
  private final String initializer;

  public ApiDocs() {
    this.document = Buffer.buffer(read(DOCUMENT));
    String assets = "/webjars/swagger-ui/" + swaggerVersion() + "/";
    this.page = """
      <!doctype html>
      <html lang="en">
      <head>
        <meta charset="utf-8">
        <title>Urbis API</title>
        <link rel="stylesheet" href="%sswagger-ui.css">
      </head>
      <body>
        <div id="swagger-ui"></div>
        <script src="%sswagger-ui-bundle.js"></script>
        <script src="/docs/init.js"></script>
      </body>
      </html>
      """.formatted(assets, assets);
    this.initializer = "window.ui = SwaggerUIBundle({ url: '/api/openapi.yaml', dom_id: '#swagger-ui', deepLinking: true });\n";
  }

  public void mount(Router router) {
    router.get("/api/openapi.yaml").handler(this::document);
    router.get("/docs").handler(this::page);
    router.get("/docs/init.js").handler(this::initializer);
  }

  private void document(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(document);
  }

  private void page(RoutingContext ctx) {
    ctx.response()
      .putHeader("Content-Type", "text/html; charset=utf-8")
      .putHeader("Content-Security-Policy", DOCS_CSP)
      .end(page);
  }

  private void initializer(RoutingContext ctx) {
    ctx.response().putHeader("Content-Type", "text/javascript; charset=utf-8").end(initializer);
  }

  private static String swaggerVersion() {
    Properties properties = new Properties();
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(SWAGGER_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("the swagger-ui webjar is missing from the class path");
      }
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
