package eu.urbis.live;

import eu.urbis.failure.Busy;
import eu.urbis.failure.Conflict;
import eu.urbis.failure.Failure;
import eu.urbis.failure.FieldCode;
import eu.urbis.failure.FieldError;
import eu.urbis.failure.Suspended;
import eu.urbis.failure.TooLarge;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The socket edge says each domain failure with the error code of API.md → Chat, and keeps the frame's ref. */
class FrameErrorsTest {
  @Test
  void somethingTheCallerMayNotSeeIsAnUnknownRoom() {
    FrameError error = FrameErrors.of(Failure.notFound("No such room."), "c1");
    assertThat(error.code()).isEqualTo("unknown_room");
    assertThat(error.ref()).isEqualTo("c1");
  }

  @Test
  void refusalsOfEveryKindAreForbidden() {
    assertThat(FrameErrors.of(Failure.forbidden("Not yours."), null).code()).isEqualTo("forbidden");
    assertThat(FrameErrors.of(new Suspended(Instant.parse("2030-01-01T00:00:00Z"), "spam"), null).code()).isEqualTo("forbidden");
    assertThat(FrameErrors.of(Failure.unauthorized("Who are you?"), null).code()).isEqualTo("forbidden");
  }

  @Test
  void badInputIsABadFrameNamingTheField() {
    FrameError error = FrameErrors.of(Failure.invalid("body", FieldCode.TOO_LONG, "is longer than 4000 characters"), "c2");
    assertThat(error.code()).isEqualTo("bad_frame");
    assertThat(error.getMessage()).isEqualTo("'body' is longer than 4000 characters.");
    assertThat(FrameErrors.of(Failure.conflict("Already deleted."), null).code()).isEqualTo("bad_frame");
  }

  @Test
  void limitsKeepTheirOwnCodes() {
    assertThat(FrameErrors.of(Failure.rateLimited(3), null).code()).isEqualTo("rate_limited");
    assertThat(FrameErrors.of(new TooLarge("Over the limit."), null).code()).isEqualTo("too_large");
    assertThat(FrameErrors.of(new Busy("Busy.", 1), null).code()).isEqualTo("unavailable");
  }

  @Test
  void aConflictOnAFieldKeepsTheFieldForTheRestEdge() {
    Conflict taken = Conflict.onField("Taken.", new FieldError("email", FieldCode.TAKEN, "is taken"));
    assertThat(taken.errors()).extracting(FieldError::field).containsExactly("email");
  }
}
