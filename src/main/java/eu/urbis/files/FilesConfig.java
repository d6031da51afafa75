package eu.urbis.files;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Uploads: {@code maxBytes} per file, {@code quotaBytes} per user (the sum of their uploads), {@code spoolDir} where an
 * upload waits on disk while it is checked, {@code previewTimeout} after which a preview is given up ("no preview").
 * Every {@code reclaimEvery} the storage of contents no upload references (for at least {@code reclaimGrace}) is freed.
 * {@code s3} null means the content lives in PostgreSQL.
 */
public record FilesConfig(long maxBytes, long quotaBytes, Path spoolDir, Duration previewTimeout, Duration reclaimEvery,
                          Duration reclaimGrace, S3 s3) {

  /** An S3-compatible store (AWS, MinIO, Ceph, ...); {@code pathStyle} for servers without bucket subdomains. */
  public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {
  }

  public FilesConfig withS3(S3 store) {
    return new FilesConfig(maxBytes, quotaBytes, spoolDir, previewTimeout, reclaimEvery, reclaimGrace, store);
  }
}
