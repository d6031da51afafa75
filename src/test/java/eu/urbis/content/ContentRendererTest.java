package eu.urbis.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentRendererTest {
  private final ContentRenderer renderer = new ContentRenderer();

  @Test
  void plainChatTextRendersExactlyAsTheFullPipelineRendersIt() {
    List<String> plain = List.of("bench message 12 from 7", "I'm here, \"ok\"?", "  a  b  ", "Ünïcödé ελληνικά 中文 ok!",
      "1. not a list", "- not an item", "a -- b", "x: (y); z!", "ab...cd", "Ladestation", "2026", "www example");
    assertThat(plain).allSatisfy(text -> {
      assertThat(PlainText.asParagraph(text)).as(text).isNotNull().isEqualTo(renderer.renderChatInFull(text).html());
      assertThat(renderer.renderChat(text).mentions()).isEmpty();
    });
  }

  @Test
  void chatTextWithAnythingMarkdownActsOnTakesTheFullPipeline() {
    List<String> notPlain = List.of("*bold*", "a_b", "`code`", "@someone hi", "see www.example.org", "https://x.org",
      "<b>", "a & b", "line\nbreak", "tab\there", "~~gone~~", "[x](y)", "emoji 🙂", "   ");
    assertThat(notPlain).allSatisfy(text -> assertThat(PlainText.asParagraph(text)).as(text).isNull());
    assertThat(renderer.renderChat("*bold* @someone").html()).contains("<em>bold</em>").contains("class=\"mention\"");
  }

  /** B7: Shift+Enter in the chat composer is a line break, not markdown's soft wrap into one line. */
  @Test
  void aLineBreakInAChatMessageStaysALineBreak() {
    assertThat(renderer.renderChat("line one\nline two").html()).isEqualTo("<p>line one<br />\nline two</p>");
    assertThat(renderer.renderPost("line one\nline two").html()).isEqualTo("<p>line one\nline two</p>");
  }

  @Test
  void externalLinksGetNofollowUgcNoopener() {
    String html = renderer.renderPost("See [the plan](https://example.org/plan).").html();
    assertThat(html).contains("href=\"https://example.org/plan\"");
    String rel = html.replaceAll("(?s).*rel=\"([^\"]*)\".*", "$1");
    assertThat(rel.split(" ")).containsExactlyInAnyOrder("nofollow", "ugc", "noopener");
  }

  @Test
  void aJavascriptLinkBecomesPlainText() {
    assertThat(renderer.renderPost("[click me](javascript:alert(1))").html()).isEqualTo("<p>click me</p>");
  }

  @Test
  void bareUrlsBecomeLinks() {
    assertThat(renderer.renderPost("Docs at https://example.org/docs today").html()).contains("<a href=\"https://example.org/docs\"");
  }

  @Test
  void gfmTablesAndStrikethroughRenderInPosts() {
    String html = renderer.renderPost("| City | Year |\n|---|---|\n| Gabrovo | 2026 |\n\n~~old~~ new").html();
    assertThat(html).contains("<table>").contains("<td>Gabrovo</td>").contains("<del>old</del>");
  }

  @Test
  void rawHtmlIsShownAsText() {
    assertThat(renderer.renderPost("a <b>bold</b> claim").html()).contains("&lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void codeKeepsItsTextEscaped() {
    assertThat(renderer.renderPost("`<script>`").html()).isEqualTo("<p><code>&lt;script&gt;</code></p>");
  }

  @Test
  void mentionsAreLinkedAndCollected() {
    ContentRenderer.Rendered rendered = renderer.renderPost("Thanks @Mentor and @member_2! Mail me@example.org, `@notme`");
    assertThat(rendered.mentions()).containsExactlyInAnyOrder("mentor", "member_2");
    assertThat(rendered.html()).contains("<a href=\"#/users/by-name/mentor\" class=\"mention\"");
  }

  @Test
  void chatIsMarkdownLiteWithoutHeadingsTablesOrImages() {
    String html = renderer.renderChat("# Title\n\n*so* **much** `code` ![pic](https://example.org/p.png) [link](https://example.org)").html();
    assertThat(html).doesNotContain("<h1").doesNotContain("<img").contains("<em>so</em>").contains("<strong>much</strong>")
      .contains("<code>code</code>").contains("href=\"https://example.org\"");
  }

  @Test
  void aLongPostRendersWhole() {
    String body = "Paragraph with *emphasis* and a [link](https://example.org).\n\n".repeat(800);
    assertThat(renderer.renderPost(body).html()).hasSizeGreaterThan(body.length());
  }

  @Test
  void aRemoteImageFromAHostNotAllowedBecomesALinkToIt() {
    String html = renderer.renderPost("![the pixel](https://tracker.example/p.png)").html();
    assertThat(html).doesNotContain("<img").contains("href=\"https://tracker.example/p.png\"").contains("the pixel");
  }

  @Test
  void imagesFromAnAllowedHostOverHttpsAreEmbeddedAndNoOthers() {
    ContentRenderer allowing = new ContentRenderer(java.util.Set.of("images.example.org"));
    assertThat(allowing.renderPost("![map](https://images.example.org/map.png)").html())
      .contains("<img src=\"https://images.example.org/map.png\"");
    assertThat(allowing.renderPost("![map](http://images.example.org/map.png)").html()).doesNotContain("<img");
    assertThat(allowing.renderPost("![map](https://images.example.org.evil.example/map.png)").html()).doesNotContain("<img");
    assertThat(allowing.renderPost("![](https://other.example/x.png)").html()).doesNotContain("<img").contains("https://other.example/x.png");
  }

  @Test
  void markdownNestedDeeperThanTheLimitIsRefusedBeforeAnyVisitorRecurses() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> renderer.renderPost(">".repeat(50_000))).isInstanceOf(NestingTooDeep.class);
    assertThat(renderer.renderPost(">".repeat(NestingDepth.MAX - 2) + " deep but fine").html()).contains("deep but fine");
    assertThat(renderer.renderChat(">".repeat(4_000)).html()).contains("&gt;&gt;&gt;");
  }
}
