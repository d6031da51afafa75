package eu.urbis.forum;

import eu.urbis.content.SearchLanguage;
import eu.urbis.failure.FieldCode;
import eu.urbis.files.Attachments;
import eu.urbis.http.Input;
import io.vertx.core.json.JsonObject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** A new thread as the client asked for it, validated as API.md says: every violation names its field. */
public record ThreadDraft(String title, String body, List<String> tags, ThreadKind kind, Practice practice, SearchLanguage language,
                   String audience, List<Long> files) {
  /** Which cities an announcement addresses: every city, or one cohort. */
  enum Audience { ALL, CHALLENGE, FELLOW, MENTOR }
  static final int MAX_BODY = 50_000;
  static final Pattern TAG = Pattern.compile("[a-z0-9-]{1,32}");
  private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]{1,2000}");

  /** A plain discussion, validated as a client's would be (a thread made from chat messages). */
  public static ThreadDraft discussion(String title, String body) {
    return from(new JsonObject().put("title", title).put("body", body));
  }

  static ThreadDraft from(JsonObject json) {
    Input in = Input.of(flattenPractice(json));
    String title = in.text("title", 3, 200);
    String body = in.text("body", 1, MAX_BODY);
    List<String> tags = in.optionalTextList("tags", 10, TAG, "“%s” is not a tag: use a-z, 0-9 and - (up to 32 characters), separated by commas");
    ThreadKind kind = in.optionalEnum("kind", ThreadKind.class);
    SearchLanguage language = PostText.chosen(in);
    Practice practice = null;
    if (kind == ThreadKind.PRACTICE) {
      practice = practice(in, json);
    } else if (json.getValue("practice") != null) {
      in.reject("practice", FieldCode.NOT_ALLOWED, "belongs only on threads of kind practice");
    }
    Audience audience = null;
    if (kind == ThreadKind.ANNOUNCEMENT) {
      audience = in.requiredEnum("audience", Audience.class);
    } else if (in.has("audience")) {
      in.reject("audience", FieldCode.NOT_ALLOWED, "belongs only on threads of kind announcement");
    }
    in.validate();
    return new ThreadDraft(title, body, List.copyOf(new LinkedHashSet<>(tags)), kind == null ? ThreadKind.DISCUSSION : kind, practice,
      language, audience == null ? null : audience.name().toLowerCase(), Attachments.ids(json));
  }

  private static Practice practice(Input in, JsonObject json) {
    if (!(json.getValue("practice") instanceof JsonObject)) {
      in.reject("practice", FieldCode.REQUIRED, "is required on a practice thread, as an object");
      return null;
    }
    return Practice.draft(
      in.text("practice.cityId", 1, 64),
      in.text("practice.theme", 1, 64),
      in.text("practice.summary", 1, 2_000),
      in.text("practice.outcomes", 1, 5_000),
      in.optionalTextList("practice.links", 10, LINK, "“%s” is not a web address: each line must start with http:// or https://"));
  }

  /** The practice's fields under dotted names, so their errors name them ({@code practice.theme}). */
  private static JsonObject flattenPractice(JsonObject json) {
    JsonObject flat = json.copy();
    if (json.getValue("practice") instanceof JsonObject practice) {
      practice.forEach(entry -> flat.put("practice." + entry.getKey(), entry.getValue()));
    }
    return flat;
  }
}
