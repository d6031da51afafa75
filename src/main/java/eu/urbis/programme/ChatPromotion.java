package eu.urbis.programme;

import eu.urbis.auth.Policy;
import eu.urbis.chat.ChatHub;
import eu.urbis.chat.ChatMessage;
import eu.urbis.chat.ChatService.Run;
import eu.urbis.chat.ChatService;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.forum.ForumService.Started;
import eu.urbis.forum.ForumService;
import eu.urbis.forum.ThreadDraft;
import eu.urbis.user.User;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Promote a run of chat to a forum thread: the author of those messages, or a moderator, turns messages
 * {@code fromSeq..toSeq} of a room they can see into a thread on a board they may start threads on, quoting each
 * message with its author and time. The thread's first post links back to the room; the room gets a message linking
 * the thread. It sits in the programme, the one feature above both chat and the forum.
 */
final class ChatPromotion {
  private static final Logger log = LoggerFactory.getLogger(ChatPromotion.class);
  static final int MAX_MESSAGES = 200;
  private static final int MAX_BODY = 50_000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ChatHub chat;
  private final ChatService rooms;
  private final ForumService forum;

  ChatPromotion(ChatHub chat, ForumService forum) {
    this.chat = chat;
    this.rooms = chat.rooms();
    this.forum = forum;
  }

  Future<Started> promote(User caller, Promotion promotion) {
    long from = promotion.fromSeq();
    long to = promotion.toSeq();
    return rooms.run(caller, promotion.roomId(), from, to).compose(run -> {
      List<ChatMessage> shown = run.messages().stream().filter(message -> !message.deleted()).toList();
      if (shown.isEmpty()) {
        throw Failure.invalid("fromSeq", FieldCode.INVALID, "the room has no messages in this range");
      }
      boolean own = shown.stream().allMatch(message -> message.author().id().equals(caller.id()));
      if (!own && !Policy.canModerate(caller)) {
        throw Failure.forbidden("Only the author of all these messages, or a moderator, turns them into a thread.");
      }
      String quoted = quote(run, shown, from, to);
      if (quoted.length() > MAX_BODY) {
        throw Failure.invalid("toSeq", FieldCode.TOO_LONG, new JsonObject().put("max", MAX_BODY), "these messages are too long for one post; take fewer");
      }
      return forum.startThread(caller, promotion.boardId(), ThreadDraft.discussion(promotion.title(), quoted))
        .compose(started -> chat.postNotice(caller, run.room().id(), "promote-" + started.thread().id(),
            "Continued as a thread: [" + linkText(started.thread().title()) + "](#/threads/" + started.thread().id() + ")")
          // the thread exists and links the room whatever happens to the link back
          .otherwise(failure -> {
            log.warn("thread {} made from room {}, but its link in the room failed: {}", started.thread().id(), run.room().id(), failure.toString());
            return null;
          })
          .map(started));
    });
  }

  private static String quote(Run run, List<ChatMessage> messages, long from, long to) {
    StringBuilder text = new StringBuilder("Started from [" + linkText(run.room().name()) + "](#/rooms/" + run.room().id() + ") in chat, messages "
      + from + "–" + to + ".\n");
    for (ChatMessage message : messages) {
      text.append("\n> **").append(message.author().displayName()).append("** · ").append(TIME.format(message.ts())).append("\n");
      message.body().lines().forEach(line -> text.append("> ").append(line).append("\n"));
    }
    return text.toString();
  }

  /** Brackets would end a markdown link's text early. */
  private static String linkText(String text) {
    return text.replace("[", "(").replace("]", ")");
  }
}
