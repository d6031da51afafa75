package eu.urbis.files;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.net.URI;
import java.nio.file.Path;

/**
 * Content in an S3-compatible bucket, one object per SHA-256. The SDK's client blocks, so every call runs on a
 * worker; a download is read 256 KiB at a time on a worker into the same buffer, each part written before the next
 * is read.
 */
final class S3FileStore implements FileStore {
  private static final int PART = 256 * 1024;

  private final Vertx vertx;
  private final S3Client s3;
  private final String bucket;

  S3FileStore(Vertx vertx, FilesConfig.S3 config) {
    this.vertx = vertx;
    this.bucket = config.bucket();
    this.s3 = S3Client.builder()
      .httpClient(UrlConnectionHttpClient.create())
      .endpointOverride(URI.create(config.endpoint()))
      .region(Region.of(config.region()))
      .forcePathStyle(config.pathStyle())
      // checksums and chunked uploads only where S3 requires them: MinIO, Ceph and older servers reject the SDK's defaults
      .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
      .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
      .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
      .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())))
      .build();
  }

  @Override
  public Future<Void> put(String sha256, Path spooled, long size) {
    return vertx.executeBlocking(() -> s3.putObject(put -> put.bucket(bucket).key(sha256).contentLength(size), RequestBody.fromFile(spooled)),
      false).mapEmpty();
  }

  @Override
  public Future<Void> copyTo(String sha256, long size, WriteStream<Buffer> out) {
    return vertx.executeBlocking(() -> s3.getObject(get -> get.bucket(bucket).key(sha256)), false)
      .compose(stream -> copy(stream, new ChunkBuffer((int) Math.min(PART, Math.max(size, 1))), out).eventually(() -> vertx.executeBlocking(() -> {
        stream.close();
        return null;
      }, false)));
  }

  private Future<Void> copy(ResponseInputStream<GetObjectResponse> stream, ChunkBuffer part, WriteStream<Buffer> out) {
    return vertx.executeBlocking(() -> part.read(stream), false)
      .compose(data -> data == null ? Future.succeededFuture() : out.write(data).compose(v -> copy(stream, part, out)));
  }

  @Override
  public Future<Void> delete(String sha256) {
    return vertx.executeBlocking(() -> s3.deleteObject(delete -> delete.bucket(bucket).key(sha256)), false).mapEmpty();
  }
}
