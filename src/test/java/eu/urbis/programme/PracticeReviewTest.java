package eu.urbis.programme;

import eu.urbis.bus.Addresses;
import eu.urbis.forum.ForumApi;
import eu.urbis.support.Api;
import eu.urbis.support.Audit;
import eu.urbis.support.Db;
import eu.urbis.support.Published;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static eu.urbis.forum.ForumApi.ok;
import static eu.urbis.programme.ProgrammeApi.id;
import static eu.urbis.programme.ProgrammeApi.to;
import static eu.urbis.programme.ProgrammeApi.token;
import static eu.urbis.support.ProblemAssert.assertFieldError;
import static eu.urbis.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** A practice moves draft → submitted → in review → validated or returned → resubmitted; every step is kept, audited, announced. */
class PracticeReviewTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static final Api api = server.api();
  private static final ProgrammeApi programme = new ProgrammeApi(api);
  private static JsonObject author;
  private static JsonObject mentor;
  private static JsonObject otherMentor;

  @BeforeAll
  static void people() {
    author = programme.member("author", "ancona");
    mentor = programme.withRole("mentor", "hamburg", "mentor");
    otherMentor = programme.withRole("mentor-two", "lisbon", "mentor");
  }

  private static String draft() {
    return programme.practice(author, "Open data portal").getString("id");
  }

  private static String submitted() {
    String id = draft();
    programme.moved(author, id, to("submitted"));
    return id;
  }

  private static String claimed() {
    String id = submitted();
    programme.moved(mentor, id, to("in_review"));
    return id;
  }

  private static String status(String threadId) {
    return Db.rows(server, "SELECT practice_status FROM threads WHERE id = $1", Long.parseLong(threadId)).get(0).getString(0);
  }

  private static long transitions(String threadId) {
    return Db.count(server, "SELECT count(*) FROM practice_transitions WHERE thread_id = $1", Long.parseLong(threadId));
  }

  @Test
  void aNewPracticeIsADraft() {
    JsonObject practice = programme.practice(author, "Fresh").getJsonObject("practice");
    assertThat(practice.getString("status")).isEqualTo("draft");
    assertThat(practice.getValue("evidence")).isNull();
    assertThat(practice.getValue("reviewer")).isNull();
    assertThat(practice.getJsonObject("adoptions").getInteger("adopted")).isZero();
  }

  @Test
  void aMentorOfAnotherCityValidatesAndTheTimelineKeepsEveryStepWithActorNoteAndTime() {
    String id = draft();
    programme.moved(author, id, to("submitted"));
    programme.moved(mentor, id, to("in_review"));
    server.clock().advance(Duration.ofDays(2));
    JsonObject returned = programme.moved(mentor, id, to("returned").put("note", "Say what the portal cost."));
    assertThat(returned.getJsonObject("practice").getString("status")).isEqualTo("returned");
    programme.moved(author, id, to("submitted").put("note", "Costs added."));
    programme.moved(mentor, id, to("in_review"));
    JsonObject validated = programme.moved(mentor, id, to("validated").put("evidence", "piloted").put("note", "Clear and costed."));

    JsonObject practice = validated.getJsonObject("practice");
    assertThat(practice.getString("status")).isEqualTo("validated");
    assertThat(practice.getString("evidence")).isEqualTo("piloted");
    assertThat(practice.getJsonObject("reviewer").getString("id")).isEqualTo(id(mentor));
    JsonArray history = ok(api.get("/api/practices/" + id + "/history", token(author))).getJsonArray("items");
    assertThat(history.stream().map(step -> ((JsonObject) step).getString("to")))
      .containsExactly("submitted", "in_review", "returned", "submitted", "in_review", "validated");
    JsonObject back = history.getJsonObject(2);
    assertThat(back.getString("from")).isEqualTo("in_review");
    assertThat(back.getString("note")).isEqualTo("Say what the portal cost.");
    assertThat(back.getJsonObject("actor").getString("id")).isEqualTo(id(mentor));
    assertThat(back.getString("at")).isGreaterThan(history.getJsonObject(1).getString("at"));
    assertThat(history.getJsonObject(0).getJsonObject("actor").getString("id")).isEqualTo(id(author));
    assertThat(Audit.count(server, "practice.validated", id)).isEqualTo(1);
    assertThat(Audit.count(server, "practice.returned", id)).isEqualTo(1);
    assertThat(Audit.count(server, "practice.submitted", id)).isEqualTo(2);
  }

  @Test
  void eachTransitionIsPublishedAfterItsCommit() {
    String id = submitted();
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      programme.moved(mentor, id, to("in_review"));
      JsonObject event = events.next();
      assertThat(event.getString("type")).isEqualTo("practice.transition");
      assertThat(event.getString("threadId")).isEqualTo(id);
      assertThat(event.getString("from")).isEqualTo("submitted");
      assertThat(event.getString("to")).isEqualTo("in_review");
      assertThat(event.getString("actorId")).isEqualTo(id(mentor));
      assertThat(event.getString("authorId")).isEqualTo(id(author));
      assertThat(event.getString("practiceCityId")).isEqualTo("ancona");
      assertThat(event.containsKey("note")).isFalse();
    }
  }

  @Test
  void aRefusedTransitionIsNotPublished() {
    String id = submitted();
    try (Published<JsonObject> events = Published.on(server.vertx(), Addresses.PROGRAMME)) {
      assertProblem(programme.transition(programme.member("nobody", "lecce"), id, to("in_review")), 403);
      programme.moved(mentor, id, to("in_review"));
      assertThat(events.next().getString("actorId")).isEqualTo(id(mentor));
    }
  }

  @Test
  void aMemberCannotClaimOrValidate() {
    String id = submitted();
    JsonObject member = programme.member("member", "lecce");
    assertProblem(programme.transition(member, id, to("in_review")), 403);
    assertThat(status(id)).isEqualTo("submitted");
    assertThat(transitions(id)).isEqualTo(1);
  }

  @Test
  void aMentorCannotReviewAPracticeOfTheirOwnCity() {
    String id = submitted();
    JsonObject anconaMentor = programme.withRole("local-mentor", "ancona", "mentor");
    assertProblem(programme.transition(anconaMentor, id, to("in_review")), 403);
    assertThat(status(id)).isEqualTo("submitted");
    assertThat(Audit.count(server, "practice.in_review", id)).isZero();
  }

  @Test
  void aModeratorReviewsAPracticeOfTheirOwnCity() {
    String id = submitted();
    JsonObject moderator = programme.withRole("local-moderator", "ancona", "moderator");
    programme.moved(moderator, id, to("in_review"));
    assertThat(programme.moved(moderator, id, to("validated").put("evidence", "proven"))
      .getJsonObject("practice").getString("evidence")).isEqualTo("proven");
  }

  @Test
  void nobodyReviewsTheirOwnPractice() {
    JsonObject moderatorAuthor = programme.withRole("writing-moderator", "gabrovo", "moderator");
    String id = programme.practice(moderatorAuthor, "My own").getString("id");
    programme.moved(moderatorAuthor, id, to("submitted"));
    assertProblem(programme.transition(moderatorAuthor, id, to("in_review")), 403);
  }

  @Test
  void onlyTheAuthorSubmits() {
    String id = draft();
    assertProblem(programme.transition(mentor, id, to("submitted")), 403);
    assertThat(status(id)).isEqualTo("draft");
  }

  @Test
  void aPracticeNobodyClaimedCannotBeValidated() {
    String id = submitted();
    assertProblem(programme.transition(mentor, id, to("validated").put("evidence", "idea")), 409);
    assertThat(status(id)).isEqualTo("submitted");
  }

  @Test
  void aDraftCannotBeClaimed() {
    String id = draft();
    assertProblem(programme.transition(mentor, id, to("in_review")), 409);
  }

  @Test
  void aClaimedPracticeCannotBeClaimedAgain() {
    String id = claimed();
    assertProblem(programme.transition(otherMentor, id, to("in_review")), 409);
  }

  @Test
  void anotherMentorCannotDecideAPracticeSomeoneElseClaimed() {
    String id = claimed();
    assertProblem(programme.transition(otherMentor, id, to("validated").put("evidence", "idea")), 403);
    assertThat(status(id)).isEqualTo("in_review");
  }

  @Test
  void aValidatedPracticeMovesNoFurther() {
    String id = claimed();
    programme.moved(mentor, id, to("validated").put("evidence", "idea"));
    assertProblem(programme.transition(mentor, id, to("returned").put("note", "Changed my mind")), 409);
    assertProblem(programme.transition(author, id, to("submitted")), 409);
  }

  @Test
  void returningNeedsANote() {
    String id = claimed();
    assertFieldError(programme.transition(mentor, id, to("returned")), "note");
    assertThat(status(id)).isEqualTo("in_review");
  }

  @Test
  void validatingNeedsAKnownEvidenceLevel() {
    String id = claimed();
    assertFieldError(programme.transition(mentor, id, to("validated")), "evidence");
    assertFieldError(programme.transition(mentor, id, to("validated").put("evidence", "rumour")), "evidence");
    assertFieldError(programme.transition(author, draft(), to("submitted").put("evidence", "proven")), "evidence");
    assertThat(status(id)).isEqualTo("in_review");
  }

  @Test
  void anUnknownTargetOrPracticeIsRefused() {
    assertFieldError(programme.transition(author, draft(), to("published")), "to");
    assertFieldError(programme.transition(author, draft(), new JsonObject()), "to");
    assertProblem(programme.transition(author, "999999", to("submitted")), 404);
    assertProblem(programme.transition(author, "abc", to("submitted")), 404);
    assertProblem(api.get("/api/practices/999999/history", token(author)), 404);
  }

  @Test
  void aDiscussionThreadIsNoPractice() {
    ForumApi forum = new ForumApi(api);
    String discussion = forum.startThread(token(author), forum.board("everyone"), "Just talk", "Hello").getJsonObject("thread").getString("id");
    assertProblem(programme.transition(author, discussion, to("submitted")), 404);
  }

  @Test
  void theAuthorWritesTransferabilityAndLessons() {
    String id = draft();
    JsonObject thread = ok(api.patch("/api/practices/" + id, new JsonObject()
      .put("transferability", "A data officer and a hosting budget.").put("lessons", "The first vendor failed us."), token(author)));
    assertThat(thread.getJsonObject("practice").getString("transferability")).isEqualTo("A data officer and a hosting budget.");
    assertThat(thread.getJsonObject("practice").getString("lessons")).isEqualTo("The first vendor failed us.");
    assertProblem(api.patch("/api/practices/" + id, new JsonObject().put("lessons", "Mine"), token(mentor)), 403);
  }

  @Test
  void theLibraryShowsValidatedPracticesByDefaultAndFiltersByStatusEvidenceThemeAndCity() {
    String validated = programme.validated(author, mentor, "proven").getString("id");
    String waiting = submitted();
    JsonArray library = ok(api.get("/api/practices", token(author))).getJsonArray("items");
    assertThat(ids(library)).contains(validated).doesNotContain(waiting);
    assertThat(library).allSatisfy(t -> assertThat(((JsonObject) t).getJsonObject("practice").getString("status")).isEqualTo("validated"));
    assertThat(ids(ok(api.get("/api/practices?status=submitted", token(author))).getJsonArray("items"))).contains(waiting).doesNotContain(validated);
    assertThat(ids(ok(api.get("/api/practices?status=all", token(author))).getJsonArray("items"))).contains(waiting, validated);
    assertThat(ids(ok(api.get("/api/practices?evidence=proven&theme=open-data&city=ancona", token(author))).getJsonArray("items"))).contains(validated);
    assertThat(ids(ok(api.get("/api/practices?city=lecce", token(author))).getJsonArray("items"))).isEmpty();
    assertFieldError(api.get("/api/practices?status=famous", token(author)), "status");
    assertFieldError(api.get("/api/practices?evidence=rumour", token(author)), "evidence");
  }

  @Test
  void theLibraryPagesWithACursor() {
    for (int i = 0; i < 3; i++) {
      programme.validated(author, mentor, "idea");
    }
    JsonObject first = ok(api.get("/api/practices?limit=2", token(author)));
    assertThat(first.getJsonArray("items")).hasSize(2);
    JsonObject second = ok(api.get("/api/practices?limit=2&cursor=" + first.getString("next"), token(author)));
    assertThat(ids(second.getJsonArray("items"))).doesNotContainAnyElementsOf(ids(first.getJsonArray("items")));
    assertFieldError(api.get("/api/practices?cursor=bogus", token(author)), "cursor");
  }

  @Test
  void waitingForMyReviewListsWhatACallerMayClaimHasClaimedOrMustRework() {
    String open = submitted();
    String mine = claimed();
    JsonArray mentorQueue = ok(api.get("/api/practices/queue", token(mentor))).getJsonArray("items");
    assertThat(ids(mentorQueue)).contains(open, mine);
    JsonArray otherQueue = ok(api.get("/api/practices/queue", token(otherMentor))).getJsonArray("items");
    assertThat(ids(otherQueue)).contains(open).doesNotContain(mine);
    JsonObject anconaMentor = programme.withRole("queue-local", "ancona", "mentor");
    assertThat(ids(ok(api.get("/api/practices/queue", token(anconaMentor))).getJsonArray("items"))).doesNotContain(open);
    String drafted = draft();
    assertThat(ids(ok(api.get("/api/practices/queue", token(author))).getJsonArray("items"))).contains(drafted).doesNotContain(open);
  }

  private static List<String> ids(JsonArray threads) {
    return threads.stream().map(t -> ((JsonObject) t).getString("id")).toList();
  }
}
