package eu.urbis.programme;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * What the programme announces on {@link eu.urbis.bus.Addresses#PROGRAMME} after a commit. Events carry ids and
 * states, never text (no note, no title): a subscriber loads what it shows through the usual checks.
 */
sealed interface ProgrammeEvent {

  JsonObject toJson();

  /** {@code actorId} (an admin) named or removed {@code userId} as a coordinator of {@code cityId}. */
  record CoordinatorChanged(String cityId, String userId, boolean named, String actorId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", named ? "coordinator.named" : "coordinator.removed")
        .put("cityId", cityId).put("userId", userId).put("actorId", actorId);
    }
  }

  /** A practice's review moved from {@code from} to {@code to}; {@code evidence} is set when it was validated. */
  record PracticeTransition(String threadId, String practiceCityId, String authorId, String from, String to, String evidence,
    String actorId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "practice.transition")
        .put("threadId", threadId).put("practiceCityId", practiceCityId).put("authorId", authorId)
        .put("from", from).put("to", to).put("evidence", evidence).put("actorId", actorId);
    }
  }

  /** {@code cityId} is now at {@code stage} with the practice ({@code from} is null the first time). */
  record AdoptionChanged(String threadId, String practiceCityId, String authorId, String cityId, String from, String stage,
    String actorId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "adoption.changed")
        .put("threadId", threadId).put("practiceCityId", practiceCityId).put("authorId", authorId)
        .put("cityId", cityId).put("from", from).put("stage", stage).put("actorId", actorId);
    }
  }

  /** {@code cityId} acknowledged the announcement (its first acknowledgement only). */
  record Acknowledged(String threadId, String cityId, String actorId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "announcement.acknowledged").put("threadId", threadId).put("cityId", cityId).put("actorId", actorId);
    }
  }

  /** A reminder to acknowledge, for the coordinators of the cities that have not ({@code recipientIds}). */
  record AckReminder(String threadId, String actorId, List<String> recipientIds) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "announcement.reminder").put("threadId", threadId).put("actorId", actorId)
        .put("recipientIds", new JsonArray(recipientIds));
    }
  }

  /** {@code cityId} asked the network for help on {@code theme}; {@code suggestedCityIds} could answer. */
  record RequestOpened(String requestId, String cityId, String theme, String authorId, List<String> suggestedCityIds) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "request.opened").put("requestId", requestId).put("cityId", cityId).put("theme", theme)
        .put("authorId", authorId).put("suggestedCityIds", new JsonArray(suggestedCityIds));
    }
  }

  /** {@code helperId} accepted the request; {@code roomId} is the private room opened for it. */
  record RequestAccepted(String requestId, String cityId, String authorId, String helperId, String roomId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "request.accepted").put("requestId", requestId).put("cityId", cityId)
        .put("authorId", authorId).put("helperId", helperId).put("roomId", roomId);
    }
  }

  /** The request was closed with an outcome by {@code actorId}; {@code helperId} is null when nobody had accepted it. */
  record RequestClosed(String requestId, String cityId, String authorId, String helperId, String actorId) implements ProgrammeEvent {
    public JsonObject toJson() {
      return new JsonObject().put("type", "request.closed").put("requestId", requestId).put("cityId", cityId)
        .put("authorId", authorId).put("helperId", helperId).put("actorId", actorId);
    }
  }
}
