package eu.urbis.files;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The files feature's parts, built once: the routes for the router, the attachments for the forum and chat. */
public record FileFeature(FileRoutes routes, Attachments attachments) {

  /** Called on the start-up worker: it makes the spool directory and loads Tika's type database once. */
  public static FileFeature create(Vertx vertx, Pool pool, FilesConfig config) {
    try {
      Files.createDirectories(config.spoolDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the upload spool " + config.spoolDir(), e);
    }
    ContentTypes types = new ContentTypes();
    types.warmUp();
    FileStore store = config.s3() == null ? new PostgresFileStore(vertx, pool) : new S3FileStore(vertx, config.s3());
    FileRepository files = new FileRepository();
    FileService service = new FileService(vertx, pool, files, store, types, config);
    return new FileFeature(new FileRoutes(service, new Spool(vertx, config.spoolDir(), config.maxBytes())), new Attachments(files));
  }
}
