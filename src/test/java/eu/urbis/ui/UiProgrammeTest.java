package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static eu.urbis.programme.ProgrammeApi.to;
import static org.assertj.core.api.Assertions.assertThat;

/** The peer-learning flows in the browser: a mentor reviews, a coordinator adopts, the city page shows it. */
class UiProgrammeTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static ProgrammeApi programme;
  private static JsonObject author;
  private static JsonObject mentor;

  @BeforeAll
  static void people() {
    programme = new ProgrammeApi(server.api());
    author = programme.member("author", "ancona");
    mentor = programme.withRole("mentor", "hamburg", "mentor");
  }

  private static Browser signedIn(JsonObject session) {
    return Browser.open(server.port()).logIn(session.getJsonObject("user").getString("username"), ProgrammeApi.PASSWORD);
  }

  @Test
  void aMentorClaimsAndValidatesAPracticeAndTheTimelineShowsEachStep() {
    String practice = programme.practice(author, "Citizen sensors").getString("id");
    programme.moved(author, practice, to("submitted"));
    try (Browser browser = signedIn(mentor)) {
      browser.go("#/threads/" + practice);
      browser.waitForText(".practice-review .badge.status", "Submitted");
      browser.clickLabelled(".practice-review", "Claim for review");
      browser.waitForText(".practice-review .badge.status", "In review");
      browser.select("#review-evidence", "proven").type("#review-note", "Measured in three districts.");
      browser.click(".review-decision button[value=validated]");

      browser.waitForText(".practice-review .badge.status", "Validated");
      assertThat(browser.find(".practice-review .badge.evidence").getText()).isEqualTo("Proven at scale");
      assertThat(browser.waitForText(".review-timeline li[data-to=validated]", "Measured in three districts.").getText())
        .contains(mentor.getJsonObject("user").getString("displayName"));
      assertThat(browser.all(".review-timeline li")).hasSize(3);
      browser.assertCleanConsole();
    }
  }

  @Test
  void aCoordinatorMarksAPracticeAdoptedAndItShowsOnThePracticeAndOnTheCityPage() {
    JsonObject coordinator = programme.coordinator("coordinator", "kielce");
    String practice = programme.validated(author, mentor, "piloted").getString("id");
    try (Browser browser = signedIn(coordinator)) {
      browser.go("#/threads/" + practice);
      browser.waitForText(".practice-adoptions h2", "Adopted by 0 cities");
      browser.select("#adoption-stage", "adopted").type("#adoption-outcomes", "Live in two schools.");
      browser.click(".adoption-form button[type=submit]");
      browser.waitForText(".practice-adoptions h2", "Adopted by 1 city");
      assertThat(browser.waitForText(".adoptions li[data-city=kielce]", "Adopted").getText()).contains("Live in two schools.");

      browser.go("#/cities/kielce");
      assertThat(browser.waitForText(".city-adoptions li[data-practice='" + practice + "']", "Adopted").getText())
        .contains("Validated practice");
      browser.assertCleanConsole();
    }
  }

  @Test
  void thePracticeCardLinksToTheCityPage() {
    String practice = programme.practice(author, "Linked city").getString("id");
    try (Browser browser = signedIn(author)) {
      browser.go("#/threads/" + practice);
      browser.waitForText("practice-card a.city-link", "Ancona").click();
      assertThat(browser.waitForText("city-page h1", "Ancona").getText()).contains("Challenge city");
      assertThat(browser.find(".city-practices").getText()).contains("Linked city");
      browser.assertCleanConsole();
    }
  }

  @Test
  void aCityAcknowledgesAnAnnouncementAndTheCountMoves() {
    String board = new ForumApi(server.api()).board("everyone");
    String thread = server.api().post("/api/boards/" + board + "/threads", new JsonObject().put("title", "Programme meeting")
        .put("body", "In Lisbon, in May.").put("kind", "announcement").put("audience", "challenge"), mentor.getString("token"))
      .bodyAsJsonObject().getJsonObject("thread").getString("id");
    JsonObject coordinator = programme.coordinator("acknowledging", "ostrava");
    try (Browser browser = signedIn(coordinator)) {
      browser.go("#/threads/" + thread);
      browser.waitForText(".ack-count", "0 of 15 challenge cities acknowledged");
      browser.click("announcement-acks button.acknowledge");
      browser.waitForText(".ack-count", "1 of 15 challenge cities acknowledged");
      assertThat(browser.find("announcement-acks .acknowledged").getText()).contains("Your city has acknowledged.");
      browser.assertCleanConsole();
    }
  }
}
