package eu.urbis.forum;

import eu.urbis.forum.ForumEvent.PostCreated;
import eu.urbis.forum.ForumEvent.PostDeleted;
import eu.urbis.forum.ForumEvent.PostEdited;
import eu.urbis.forum.ForumEvent.ThreadChanged;
import eu.urbis.forum.ForumEvent.ThreadChanged.Change;
import eu.urbis.forum.ForumEvent.ThreadRef;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Forum events cross a cluster as JSON and come back as the same records, carrying ids and flags but no text. */
class ForumEventCodecTest {
  private static final ThreadRef THREAD = new ThreadRef("7", "3", true);
  private static final List<ForumEvent> EVENTS = List.of(
    new PostCreated(THREAD, "11", null, "5", true),
    new PostCreated(THREAD, "12", "11", "6", false),
    new PostEdited(THREAD, "12", "6", "2"),
    new PostDeleted(THREAD, "12", "6", "6"),
    new ThreadChanged(THREAD, "5", "2", Set.of(Change.MOVED, Change.LOCKED, Change.RETITLED), "1"),
    new ThreadChanged(THREAD, "5", "5", Set.of(Change.UNPINNED), null));

  @Test
  void everyKindComesBackFromTheWireAsTheSameRecord() {
    ForumEventCodec codec = new ForumEventCodec();
    for (ForumEvent event : EVENTS) {
      Buffer wire = Buffer.buffer("ahead");
      codec.encodeToWire(wire, event);
      assertThat(codec.decodeFromWire("ahead".length(), wire)).isEqualTo(event);
    }
  }

  @Test
  void theJsonCarriesTheBoardAndWhetherItIsForMentorsButNoText() {
    for (ForumEvent event : EVENTS) {
      assertThat(ForumEventCodec.toJson(event).fieldNames())
        .contains("type", "threadId", "boardId", "mentorsOnly")
        .doesNotContain("body", "html", "title");
    }
  }

  @Test
  void aThreadChangeListsWhatChangedInAFixedOrder() {
    assertThat(ForumEventCodec.toJson(EVENTS.get(4)).getJsonArray("changes").getList())
      .containsExactly("retitled", "locked", "moved");
  }
}
