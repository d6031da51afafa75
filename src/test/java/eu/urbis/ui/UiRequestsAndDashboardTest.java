package eu.urbis.ui;

import eu.urbis.forum.ForumApi;
import eu.urbis.programme.ProgrammeApi;
import eu.urbis.support.ServerExtension;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Ask the network" and the programme dashboard in the browser. */
class UiRequestsAndDashboardTest {
  @RegisterExtension
  static final ServerExtension server = ServerExtension.start();
  private static ProgrammeApi programme;
  private static JsonObject mentor;

  @BeforeAll
  static void people() {
    programme = new ProgrammeApi(server.api());
    mentor = programme.withRole("mentor", "lisbon", "mentor");
  }

  private static Browser signedIn(JsonObject session) {
    return Browser.open(server.port()).logIn(session.getJsonObject("user").getString("username"), ProgrammeApi.PASSWORD);
  }

  @Test
  void aCityAsksTheNetworkAMentorOffersHelpAndTheAskerClosesIt() {
    JsonObject asker = programme.member("asker", "trikala");
    try (Browser browser = signedIn(asker)) {
      browser.go("#/requests");
      browser.click("request-list details.request-ask summary");
      browser.select("#request-theme", "smart-mobility").type("#request-title", "Night bus data")
        .type("#request-need", "How did you publish real-time departures?");
      browser.click("request-list details.request-ask button[type=submit]");
      assertThat(browser.waitForText("request-list .request", "Night bus data").getText()).contains("Open");
      browser.assertCleanConsole();
    }
    try (Browser browser = signedIn(mentor)) {
      browser.go("#/requests?status=open&theme=smart-mobility");
      browser.waitForText("request-list .request", "Night bus data");
      browser.clickLabelled("request-list .request", "Offer to help");
      WebElement request = browser.waitForText("request-list .request", "Open the conversation");
      assertThat(request.getText()).contains("Matched").contains(mentor.getJsonObject("user").getString("displayName"));
      browser.assertCleanConsole();
    }
    try (Browser browser = signedIn(asker)) {
      browser.go("#/requests");
      browser.waitForText("request-list .request", "Open the conversation");
      browser.type("request-list .close-request input[name=outcome]", "We reuse Lisbon's feed.");
      browser.click("request-list .close-request button[type=submit]");
      assertThat(browser.waitForText("request-list .request", "Outcome: We reuse Lisbon's feed.").getText()).contains("Closed");
      browser.assertCleanConsole();
    }
  }

  @Test
  void theDashboardSortsItsCityTableFiltersByCohortAndChartsAdoptionsWithTheCityThemeMatrix() {
    JsonObject author = programme.member("author", "rijeka");
    String practice = programme.validated(author, mentor, "idea").getString("id");
    JsonObject coordinator = programme.coordinator("coordinator", "tartu");
    ForumApi.ok(server.api().put("/api/practices/" + practice + "/adoptions/tartu", new JsonObject().put("stage", "piloting"),
      coordinator.getString("token")));
    try (Browser browser = signedIn(mentor)) {
      browser.go("#/dashboard");
      browser.find("programme-dashboard .dashboard-table tbody tr[data-city=tartu]");
      assertThat(browser.all("programme-dashboard .dashboard-table tbody tr")).hasSize(41);
      browser.clickLabelled("programme-dashboard .dashboard-table thead", "Adoptions");
      browser.waitUntil(() -> "tartu".equals(browser.find("programme-dashboard .dashboard-table tbody tr").getAttribute("data-city")));
      assertThat(browser.find("programme-dashboard th[aria-sort=descending]").getText()).isEqualTo("Adoptions");
      browser.find("programme-dashboard adoption-chart .adoption-chart-canvas canvas");
      assertThat(browser.find("#dashboard-cumulative-table thead").getText()).contains("Piloting");
      assertThat(browser.all("#dashboard-cumulative-table tbody tr td")).extracting(WebElement::getText).containsExactly("0", "1", "0", "0");
      assertThat(browser.find("programme-dashboard .dashboard-matrix thead").getText()).contains("Open data");
      assertThat(browser.find(".dashboard-matrix tr[data-city=rijeka] td[data-theme-id=open-data]").getText()).isEqualTo("1 / 0");
      assertThat(browser.find(".dashboard-matrix tr[data-city=tartu] td[data-theme-id=open-data]").getText()).isEqualTo("0 / 1");
      assertThat(browser.find(".dashboard-matrix tr[data-city=tartu] td[data-theme-id=open-data]").getAttribute("class")).isEqualTo("heat-4");
      assertThat(browser.find(".dashboard-matrix tr[data-city=tartu] td[data-theme-id=smart-mobility]").getText()).isEmpty();

      browser.select("#dashboard-cohort", "fellow");
      browser.waitUntil(() -> browser.all("programme-dashboard .dashboard-table tbody tr").size() == 20);
      List<WebElement> rows = browser.all("programme-dashboard .dashboard-table tbody tr");
      assertThat(rows).extracting(row -> row.getAttribute("data-city")).contains("tartu").doesNotContain("rijeka");
      browser.assertCleanConsole();
    }
  }
}
