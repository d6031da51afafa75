package eu.urbis.files;

import eu.urbis.support.Db;
import eu.urbis.support.RunningServer;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FileUploadContract} with the content in PostgreSQL, the default. */
class FileUploadPostgresTest extends FileUploadContract {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(limits(new JsonObject()));

  @Override
  RunningServer server() {
    return server;
  }

  @Override
  long storedBytes(String sha256) {
    return Db.count(server, "SELECT coalesce(sum(length(data)), 0) FROM file_chunks WHERE sha256 = $1", sha256);
  }
}
