package eu.urbis.forum;

import eu.urbis.forum.ForumEvent.PostCreated;
import eu.urbis.forum.ForumEvent.PostDeleted;
import eu.urbis.forum.ForumEvent.PostEdited;
import eu.urbis.forum.ForumEvent.ThreadChanged;
import eu.urbis.forum.ForumEvent.ThreadRef;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.stream.Collectors;

/**
 * Forum events as JSON, in one place: {@code type} says which ({@code post.created}, {@code post.edited},
 * {@code post.deleted}, {@code thread.changed}). On the event bus a local delivery passes the record itself
 * (records are immutable); a cluster carries the JSON.
 */
public final class ForumEventCodec implements MessageCodec<ForumEvent, ForumEvent> {
  public static final String NAME = "urbis.forum-event";

  public static JsonObject toJson(ForumEvent event) {
    ThreadRef thread = event.thread();
    JsonObject json = new JsonObject()
      .put("threadId", thread.threadId())
      .put("boardId", thread.boardId())
      .put("mentorsOnly", thread.mentorsOnly());
    if (event instanceof PostCreated created) {
      return json.put("type", "post.created").put("postId", created.postId()).put("parentId", created.parentId())
        .put("authorId", created.authorId()).put("opensThread", created.opensThread());
    }
    if (event instanceof PostEdited edited) {
      return json.put("type", "post.edited").put("postId", edited.postId())
        .put("authorId", edited.authorId()).put("actorId", edited.actorId());
    }
    if (event instanceof PostDeleted deleted) {
      return json.put("type", "post.deleted").put("postId", deleted.postId())
        .put("authorId", deleted.authorId()).put("actorId", deleted.actorId());
    }
    ThreadChanged changed = (ThreadChanged) event;
    return json.put("type", "thread.changed").put("authorId", changed.authorId()).put("actorId", changed.actorId())
      .put("changes", new JsonArray(changed.changes().stream().sorted().map(ThreadChanged.Change::wire).toList()))
      .put("fromBoardId", changed.fromBoardId());
  }

  public static ForumEvent fromJson(JsonObject json) {
    ThreadRef thread = new ThreadRef(json.getString("threadId"), json.getString("boardId"), json.getBoolean("mentorsOnly"));
    String type = json.getString("type");
    return switch (type) {
      case "post.created" -> new PostCreated(thread, json.getString("postId"), json.getString("parentId"),
        json.getString("authorId"), json.getBoolean("opensThread"));
      case "post.edited" -> new PostEdited(thread, json.getString("postId"), json.getString("authorId"), json.getString("actorId"));
      case "post.deleted" -> new PostDeleted(thread, json.getString("postId"), json.getString("authorId"), json.getString("actorId"));
      case "thread.changed" -> new ThreadChanged(thread, json.getString("authorId"), json.getString("actorId"),
        json.getJsonArray("changes").stream().map(wire -> ThreadChanged.Change.fromWire((String) wire)).collect(Collectors.toSet()),
        json.getString("fromBoardId"));
      default -> throw new IllegalArgumentException("not a forum event type: " + type);
    };
  }

  @Override
  public void encodeToWire(Buffer buffer, ForumEvent event) {
    Buffer json = toJson(event).toBuffer();
    buffer.appendInt(json.length()).appendBuffer(json);
  }

  @Override
  public ForumEvent decodeFromWire(int pos, Buffer buffer) {
    int length = buffer.getInt(pos);
    return fromJson(new JsonObject(buffer.getBuffer(pos + 4, pos + 4 + length)));
  }

  @Override
  public ForumEvent transform(ForumEvent event) {
    return event;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}
