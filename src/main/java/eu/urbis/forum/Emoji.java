package eu.urbis.forum;

import io.vertx.core.json.JsonObject;

import java.util.List;

/** The reactions a post takes, named GitHub style: the one list the API validates against and serves to clients. */
public record Emoji(String code, String label, String glyph) {

  /** In the order clients show them. */
  public static final List<Emoji> ALL = List.of(
    new Emoji("+1", "Thumbs up", "👍"),
    new Emoji("-1", "Thumbs down", "👎"),
    new Emoji("heart", "Heart", "❤️"),
    new Emoji("laugh", "Laugh", "😄"),
    new Emoji("tada", "Celebrate", "🎉"),
    new Emoji("thinking", "Thinking", "🤔"),
    new Emoji("eyes", "Eyes", "👀"),
    new Emoji("rocket", "Rocket", "🚀"),
    new Emoji("clap", "Clap", "👏"),
    new Emoji("bulb", "Idea", "💡"));

  public static boolean known(String code) {
    return ALL.stream().anyMatch(emoji -> emoji.code.equals(code));
  }

  public static List<String> codes() {
    return ALL.stream().map(Emoji::code).toList();
  }

  public JsonObject toJson() {
    return new JsonObject().put("code", code).put("label", label).put("glyph", glyph);
  }
}
