package eu.urbis.files;

import eu.urbis.support.RunningServer;
import eu.urbis.support.ServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link FileUploadContract} with the content in an S3 bucket, served by a real S3 API in this JVM. */
class FileUploadS3Test extends FileUploadContract {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start(config -> limits(S3Server.filesConfig()).accept(config));

  @Override
  RunningServer server() {
    return server;
  }

  @Override
  long storedBytes(String sha256) {
    return S3Server.size(sha256);
  }
}
