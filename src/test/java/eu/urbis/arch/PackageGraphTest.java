package eu.urbis.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.urbis.http.ApiException;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import eu.urbis.http.ProblemType;
import eu.urbis.live.SocketFeature;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
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
      .layer("notify").definedBy("eu.urbis.notify..")
      .layer("mail").definedBy("eu.urbis.mail..")
      .layer("programme").definedBy("eu.urbis.programme..")
      .layer("chat").definedBy("eu.urbis.chat..")
      .layer("forum").definedBy("eu.urbis.forum..")
      .layer("profile").definedBy("eu.urbis.profile..")
      .layer("files").definedBy("eu.urbis.files..")
      .layer("moderation").definedBy("eu.urbis.moderation..")
      .layer("live").definedBy("eu.urbis.live..")
      .layer("auth").definedBy("eu.urbis.auth..")
      .layer("audit").definedBy("eu.urbis.audit..")
      .layer("city").definedBy("eu.urbis.city..")
      .layer("user").definedBy("eu.urbis.user..")
      .layer("http").definedBy("eu.urbis.http..")
      .layer("content").definedBy("eu.urbis.content..")
      .layer("db").definedBy("eu.urbis.db..")
      .layer("bus").definedBy("eu.urbis.bus..")
      .layer("failure").definedBy("eu.urbis.failure..")

      .whereLayer("app").mayNotBeAccessedByAnyLayer()
      .whereLayer("ops").mayOnlyBeAccessedByLayers("app")
      .whereLayer("search").mayOnlyBeAccessedByLayers("app")
      // notifications hear the forum's, chat's and the programme's events; none of them knows of notifications
      .whereLayer("notify").mayOnlyBeAccessedByLayers("app")
      // the peer-learning programme reviews and adopts the forum's practice threads; no feature imports it
      .whereLayer("programme").mayOnlyBeAccessedByLayers("app")
      // e-mail reads notifications from the database, never the notify package's code; nothing imports it
      .whereLayer("mail").mayOnlyBeAccessedByLayers("app")
      // the programme opens a private room when a request for help is accepted
      .whereLayer("chat").mayOnlyBeAccessedByLayers("app", "notify", "programme")
      // search reads the forum's posts and threads; the forum knows nothing of search
      .whereLayer("forum").mayOnlyBeAccessedByLayers("app", "search", "notify", "programme")
      .whereLayer("profile").mayOnlyBeAccessedByLayers("app")
      // the forum and chat attach files, search reads their text; files implements moderation's ReportTarget
      .whereLayer("files").mayOnlyBeAccessedByLayers("app", "search", "chat", "forum")
      // chat and the forum implement moderation's ReportTarget; moderation imports neither
      .whereLayer("moderation").mayOnlyBeAccessedByLayers("app", "notify", "chat", "forum", "files")
      // chat and the forum plug their frames into the socket layer; it imports no feature
      .whereLayer("live").mayOnlyBeAccessedByLayers("app", "notify", "mail", "chat", "forum")
      .whereLayer("auth").mayOnlyBeAccessedByLayers("app", "ops", "search", "notify", "mail", "programme", "chat", "forum", "profile", "files", "moderation", "live")
      .whereLayer("audit").mayOnlyBeAccessedByLayers("app", "programme", "chat", "forum", "profile", "files", "moderation")
      .whereLayer("city").mayOnlyBeAccessedByLayers("app", "search", "programme", "chat", "forum", "profile", "files", "moderation", "auth")
      .whereLayer("user").mayOnlyBeAccessedByLayers("app", "ops", "search", "notify", "mail", "programme", "chat", "forum", "profile", "files", "moderation", "live", "auth", "audit", "city")
      // the edge toolkit translates the domain's failures, and knows nothing else of Urbis
      .whereLayer("http").mayOnlyAccessLayers("failure")
      .whereLayer("content").mayNotAccessAnyLayer()
      .whereLayer("db").mayNotAccessAnyLayer()
      .whereLayer("bus").mayNotAccessAnyLayer()
      .whereLayer("failure").mayNotAccessAnyLayer()
      .check(MAIN);
  }

  @Test
  void featuresFailInDomainTermsAndOnlyTheHttpEdgeSpeaksProblemTypes() {
    noClasses().that().resideOutsideOfPackage("eu.urbis.http..")
      .should().dependOnClassesThat().haveFullyQualifiedName(ApiException.class.getName())
      .orShould().dependOnClassesThat().haveFullyQualifiedName(ProblemType.class.getName())
      .because("services fail with eu.urbis.failure types; the REST and socket edges translate them")
      .check(MAIN);
  }

  /** Packages whose services take typed commands (records parsed and validated at the REST or socket edge). */
  private static final String[] TYPED_COMMANDS = {
    "eu.urbis.forum..", "eu.urbis.moderation..", "eu.urbis.files..", "eu.urbis.search..", "eu.urbis.city..", "eu.urbis.user..",
    "eu.urbis.mail..", "eu.urbis.auth..", "eu.urbis.profile..", "eu.urbis.chat..", "eu.urbis.programme.."
  };

  @Test
  void servicesTakeTypedCommandsNotRequestBodies() {
    noMethods().that().areDeclaredInClassesThat().resideInAnyPackage(TYPED_COMMANDS)
      .and().areDeclaredInClassesThat(areNotEdges())
      .and().haveRawReturnType(Future.class)
      .should().haveRawParameterTypes(new DescribedPredicate<>("a request body or query string among them") {
        @Override
        public boolean test(List<JavaClass> parameters) {
          return parameters.stream().anyMatch(type -> type.isEquivalentTo(JsonObject.class) || type.isEquivalentTo(MultiMap.class));
        }
      })
      .because("JSON is parsed and validated at the edge; a service sees a command")
      .check(MAIN);
  }

  /**
   * Parsing a path id or validating input throws; it happens at the edge (route tables, socket sessions and the
   * command records they build), so no service throws on input before its Future ({@code PathIds.parsed} is the
   * Future-returning form for a service that takes ids as they came).
   */
  @Test
  void servicesNeverThrowOnInputBeforeTheirFuture() {
    noClasses().that().resideInAnyPackage(TYPED_COMMANDS).and(areNotEdges()).and(areNotRecords())
      .should().callMethodWhere(new DescribedPredicate<>("PathIds.parse or Input.validate") {
        @Override
        public boolean test(JavaMethodCall call) {
          return call.getTarget().getOwner().isEquivalentTo(PathIds.class) && call.getName().equals("parse")
            || call.getTarget().getOwner().isEquivalentTo(Input.class) && call.getName().equals("validate");
        }
      })
      .because("a service returns a failed Future for a bad id or bad input, and the edge reads both")
      .check(MAIN);
  }

  private static DescribedPredicate<JavaClass> areNotRecords() {
    return new DescribedPredicate<>("are not records (commands read at the edge)") {
      @Override
      public boolean test(JavaClass type) {
        return !type.isRecord();
      }
    };
  }

  /** The edges that read JSON: route tables, and socket sessions handling a client frame. */
  private static DescribedPredicate<JavaClass> areNotEdges() {
    return new DescribedPredicate<>("are not route tables or socket sessions") {
      @Override
      public boolean test(JavaClass type) {
        return !type.getSimpleName().endsWith("Routes") && !type.isAssignableTo(SocketFeature.Session.class);
      }
    };
  }
}
