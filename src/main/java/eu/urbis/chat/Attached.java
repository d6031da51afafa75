package eu.urbis.chat;

import io.vertx.core.json.JsonArray;

import java.util.List;
import java.util.stream.Collectors;

/** The files a send attaches: their ids, stored with the message, and their File objects, shown with it. */
record Attached(List<Long> ids, JsonArray json) {
  static final Attached NONE = new Attached(List.of(), new JsonArray());

  String csv() {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
