package eu.urbis.files;

import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;

/** A real S3 API (S3Proxy over an in-memory blob store) in the test JVM, started once, with one bucket. */
final class S3Server {
  static final String BUCKET = "urbis-files";
  private static final String ACCESS_KEY = "urbis-test-access";
  private static final String SECRET_KEY = "urbis-test-secret-Quiet-Harbour-42";
  private static URI endpoint;
  private static BlobStore blobs;

  private S3Server() {
  }

  /** The {@code files} config section that points the server at it. */
  static synchronized JsonObject filesConfig() {
    if (endpoint == null) {
      start();
    }
    return new JsonObject()
      .put("storage", "s3")
      .put("s3", new JsonObject()
        .put("endpoint", endpoint.toString())
        .put("bucket", BUCKET)
        .put("accessKey", ACCESS_KEY)
        .put("secretKey", SECRET_KEY)
        .put("pathStyle", true));
  }

  /** The size of the object stored under {@code key}, 0 when there is none. */
  static synchronized long size(String key) {
    var blob = blobs.blobMetadata(BUCKET, key);
    return blob == null ? 0 : blob.getSize();
  }

  private static void start() {
    BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
    blobs = context.getBlobStore();
    blobs.createContainerInLocation(null, BUCKET);
    URI uri = URI.create("http://127.0.0.1:" + TestServer.freePort());
    S3Proxy proxy = S3Proxy.builder()
      .blobStore(blobs)
      .endpoint(uri)
      .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
      .build();
    try {
      proxy.start();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start", e);
    }
    endpoint = uri;
  }
}
