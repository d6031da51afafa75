package eu.urbis.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The browser UI's index.html with an import map inlined: the Lit and DOMPurify modules import bare specifiers
 * ({@code lit-html}, {@code @lit/reactive-element}), which the map points at the webjar versions actually on the
 * class path. The page's CSP allows exactly that one inline script by its sha256. Built once at start-up, on a worker.
 */
public final class IndexPage {
  private static final String TEMPLATE = "webroot/index.html";
  private static final String PLACEHOLDER = "<!-- import map -->";

  /** A bare specifier, the webjar that holds it and the entry module its package.json exports to browsers. */
  record Module(String specifier, String artifact, String entry) {
  }

  static final List<Module> MODULES = List.of(
    new Module("lit", "lit", "index.js"),
    new Module("lit-html", "lit-html", "lit-html.js"),
    new Module("lit-element", "lit-element", "index.js"),
    new Module("@lit/reactive-element", "lit__reactive-element", "reactive-element.js"),
    new Module("dompurify", "dompurify", "dist/purify.es.mjs"),
    new Module("uplot", "uplot", "dist/uPlot.esm.js"));

  private final Buffer page;
  private final String csp;

  public IndexPage() {
    String importMap = importMap().encode();
    this.page = Buffer.buffer(read(TEMPLATE).replace(PLACEHOLDER, "<script type=\"importmap\">" + importMap + "</script>"));
    this.csp = SecurityHeaders.CSP.replace("script-src 'self'", "script-src 'self' '" + sha256(importMap) + "'");
  }

  public void mount(Router router) {
    router.get("/").handler(this::serve);
    router.get("/index.html").handler(this::serve);
  }

  private void serve(RoutingContext ctx) {
    ctx.response()
      .putHeader("Content-Type", "text/html; charset=utf-8")
      .putHeader("Cache-Control", "no-cache")
      .putHeader("Content-Security-Policy", csp)
      .end(page);
  }

  static JsonObject importMap() {
    JsonObject imports = new JsonObject();
    for (Module module : MODULES) {
      String root = "/webjars/" + module.artifact() + "/" + version(module.artifact()) + "/";
      imports.put(module.specifier(), root + module.entry()).put(module.specifier() + "/", root);
    }
    return new JsonObject().put("imports", imports);
  }

  private static String version(String artifact) {
    String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = IndexPage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " webjar is missing from the class path");
      }
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = IndexPage.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
