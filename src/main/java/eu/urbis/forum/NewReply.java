package eu.urbis.forum;

import eu.urbis.content.SearchLanguage;
import eu.urbis.files.Attachments;
import eu.urbis.http.Input;
import eu.urbis.http.PathIds;
import io.vertx.core.json.JsonObject;

import java.util.List;

/** A reply as the client asked for it: below the thread's opening post, or below {@code parentId}. */
public record NewReply(long threadId, Long parentId, String body, SearchLanguage language, List<Long> files) {
  public NewReply {
    files = List.copyOf(files);
  }

  /** Read and validated at the edge; every violation names its field. */
  static NewReply from(String threadId, JsonObject json) {
    long thread = PathIds.parse(threadId, "thread");
    Input in = Input.of(json);
    String body = in.text("body", 1, ThreadDraft.MAX_BODY);
    Long parentId = BodyIds.optionalField(json, in, "parentId");
    SearchLanguage language = PostText.chosen(in);
    in.validate();
    return new NewReply(thread, parentId, body, language, Attachments.ids(json));
  }
}
