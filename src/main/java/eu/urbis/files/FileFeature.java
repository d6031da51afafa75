package eu.urbis.files;

import eu.urbis.audit.AuditLog;
import eu.urbis.content.LanguageDetection;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The files feature's parts, built once: the routes for the router, the attachments for the forum and chat, the
 * report target for moderation and the job that frees unreferenced storage.
 */
public record FileFeature(FileRoutes routes, Attachments attachments, FileReports reports, StorageReclaimer reclaimer) {

  /** Called on the start-up worker: it makes the spool directory and loads Tika's type database and lingua once. */
  public static FileFeature create(Vertx vertx, Pool pool, FilesConfig config, AuditLog audit) {
    try {
      Files.createDirectories(config.spoolDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the upload spool " + config.spoolDir(), e);
    }
    // previews draw with AWT: never look for a display
    System.setProperty("java.awt.headless", "true");
    ContentTypes types = new ContentTypes();
    types.warmUp();
    // the language of documents' text: the detector's models load once, here rather than in the first upload
    LanguageDetection.shared();
    FileStore store = config.s3() == null ? new PostgresFileStore(vertx, pool) : new S3FileStore(vertx, config.s3());
    FileRepository files = new FileRepository();
    BoundedWorker documents = new BoundedWorker(vertx, config.previewTimeout());
    Spool spool = new Spool(vertx, config.spoolDir(), config.maxBytes());
    FileRemoval removal = new FileRemoval(files, audit);
    FileService service = new FileService(vertx, pool, files, store, types, documents, removal, config);
    PreviewService previews = new PreviewService(vertx, pool, files, store, documents, spool);
    StorageReclaimer reclaimer = new StorageReclaimer(vertx, pool, files, store, config.reclaimGrace());
    return new FileFeature(new FileRoutes(service, previews, spool), new Attachments(files), new FileReports(files, removal), reclaimer);
  }
}
