package eu.urbis.bench;

import eu.urbis.forum.ForumApi;
import eu.urbis.support.TestServer;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

public final class HoldBench {
  public static void main(String[] args) throws Exception {
    try (TestServer server = TestServer.start(config -> config.getJsonObject("db").put("poolSize", 16))) {
      ForumApi forum = new ForumApi(server.api());
      List<BenchData.Author> authors = new ArrayList<>();
      String[][] cities = {{"dortmund", "german"}, {"lyon", "french"}, {"malaga", "spanish"}, {"gabrovo", "simple"}};
      BenchData.Language[] langs = {BenchData.Language.GERMAN, BenchData.Language.FRENCH, BenchData.Language.SPANISH, BenchData.Language.SIMPLE};
      for (int c = 0; c < 4; c++) {
        for (int i = 0; i < 4; i++) {
          JsonObject s = forum.memberIn("bench-" + cities[c][0], cities[c][0]);
          authors.add(new BenchData.Author(Long.parseLong(s.getJsonObject("user").getString("id")), cities[c][1], langs[c]));
        }
      }
      String board = forum.board("everyone");
      new BenchData(server.app().services().pool()).load(Long.parseLong(board), authors, 10_000, 9)
        .toCompletionStage().toCompletableFuture().get();
      System.out.println("DB " + server.database() + " PORT " + server.port());
      Thread.sleep(3_600_000);
    }
  }
}
