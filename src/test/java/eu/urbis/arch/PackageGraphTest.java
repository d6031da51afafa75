package eu.urbis.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package graph of docs/architecture.md, held: no cycle between packages, and every import points down the
 * layers (the application shell, then the features, then what they share, then the edge toolkit and plumbing).
 */
class PackageGraphTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
    .importPackages("eu.urbis");

  @Test
  void noTwoPackagesImportEachOtherEvenThroughOthers() {
    slices().matching("eu.urbis.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void everyImportPointsDownTheLayers() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("app").definedBy("eu.urbis.app..")
      .layer("ops").definedBy("eu.urbis.ops..")
      .layer("search").definedBy("eu.urbis.search..")
      .layer("chat").definedBy("eu.urbis.chat..")
      .layer("forum").definedBy("eu.urbis.forum..")
      .layer("profile").definedBy("eu.urbis.profile..")
      .layer("files").definedBy("eu.urbis.files..")
      .layer("moderation").definedBy("eu.urbis.moderation..")
      .layer("auth").definedBy("eu.urbis.auth..")
      .layer("audit").definedBy("eu.urbis.audit..")
      .layer("city").definedBy("eu.urbis.city..")
      .layer("user").definedBy("eu.urbis.user..")
      .layer("http").definedBy("eu.urbis.http..")
      .layer("content").definedBy("eu.urbis.content..")
      .layer("db").definedBy("eu.urbis.db..")
      .layer("bus").definedBy("eu.urbis.bus..")

      .whereLayer("app").mayNotBeAccessedByAnyLayer()
      .whereLayer("ops").mayOnlyBeAccessedByLayers("app")
      .whereLayer("search").mayOnlyBeAccessedByLayers("app")
      .whereLayer("chat").mayOnlyBeAccessedByLayers("app")
      // search reads the forum's posts and threads; the forum knows nothing of search
      .whereLayer("forum").mayOnlyBeAccessedByLayers("app", "search")
      .whereLayer("profile").mayOnlyBeAccessedByLayers("app")
      // the forum and chat attach files, search reads their text; files implements moderation's ReportTarget
      .whereLayer("files").mayOnlyBeAccessedByLayers("app", "search", "chat", "forum")
      // chat and the forum implement moderation's ReportTarget; moderation imports neither
      .whereLayer("moderation").mayOnlyBeAccessedByLayers("app", "chat", "forum", "files")
      .whereLayer("auth").mayOnlyBeAccessedByLayers("app", "ops", "search", "chat", "forum", "profile", "files", "moderation")
      .whereLayer("audit").mayOnlyBeAccessedByLayers("app", "chat", "forum", "profile", "files", "moderation")
      .whereLayer("city").mayOnlyBeAccessedByLayers("app", "search", "chat", "forum", "profile", "files", "moderation", "auth")
      .whereLayer("user").mayOnlyBeAccessedByLayers("app", "ops", "search", "chat", "forum", "profile", "files", "moderation", "auth", "audit", "city")
      .whereLayer("http").mayNotAccessAnyLayer()
      .whereLayer("content").mayNotAccessAnyLayer()
      .whereLayer("db").mayNotAccessAnyLayer()
      .whereLayer("bus").mayNotAccessAnyLayer()
      .check(MAIN);
  }
}
