package eu.urbis.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing executable survives rendering, in posts or in chat, whatever the markdown or HTML tricks. */
class XssCorpusTest {
  private static final ContentRenderer renderer = new ContentRenderer();
  private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
  private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "pre", "code", "em", "strong", "del", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img");
  private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "class", "start", "align", "src", "alt");

  static List<String> payloads() {
    return List.of(
      "<script>alert(1)</script>",
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      "<svg><script>alert(1)</script></svg>",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "<style>body{background:url(javascript:alert(1))}</style>",
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click](java&#x73;cript:alert(1))",
      "[click](&#106;avascript:alert(1))",
      "[click](%6A%61vascript:alert(1))",
      "[click](vbscript:msgbox(1))",
      "[click](VBScript:msgbox(1))",
      "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "![img](javascript:alert(1))",
      "![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
      "<a href=\"javascript:alert(1)\">x</a>",
      "<a href=\"  javascript:alert(1)\">x</a>",
      "[x](  javascript:alert(1))",
      "[x](<javascript:alert(1)>)",
      "[x](javascript&colon;alert(1))",
      "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
      "[x]: javascript:alert(1)\n\nsee [the link][x]",
      "<div onclick=\"alert(1)\">x</div>",
      "<body onload=alert(1)>",
      "<details open ontoggle=alert(1)>",
      "<object data=\"javascript:alert(1)\"></object>",
      "<embed src=\"javascript:alert(1)\">",
      "<form action=\"javascript:alert(1)\"><input type=submit></form>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
      "<base href=\"javascript:alert(1)//\">",
      "<link rel=stylesheet href=javascript:alert(1)>",
      "</p><script>alert(1)</script><p>",
      "<b><i>unclosed <script>alert(1)",
      "<<script>script>alert(1)<</script>/script>",
      "<img src=\"x\" style=\"background:url(javascript:alert(1))\">",
      "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
      "<math href=\"javascript:alert(1)\">x</math>",
      "<https://example.com/\" onmouseover=\"alert(1)>",
      "<textarea><script>alert(1)</script></textarea>",
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
      "[![img](x \"onerror=alert(1)\")](javascript:alert(1))",
      "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
      "~~<img src=x onerror=alert(1)>~~ **<svg/onload=alert(1)>**");
  }

  @ParameterizedTest(name = "post: {0}")
  @MethodSource("payloads")
  void nothingExecutableSurvivesInAPost(String payload) {
    assertHarmless(renderer.renderPost(payload).html());
  }

  @ParameterizedTest(name = "chat: {0}")
  @MethodSource("payloads")
  void nothingExecutableSurvivesInAChatMessage(String payload) {
    assertHarmless(renderer.renderChat(payload).html());
  }

  static void assertHarmless(String html) {
    Matcher tags = TAG.matcher(html);
    while (tags.find()) {
      String name = tags.group(1).toLowerCase(Locale.ROOT);
      assertThat(ALLOWED_TAGS).as("tag <%s> in %s", name, html).contains(name);
      Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
      while (attributes.find()) {
        String attribute = attributes.group(1).toLowerCase(Locale.ROOT);
        assertThat(ALLOWED_ATTRIBUTES).as("attribute %s in %s", attribute, html).contains(attribute);
        if (attribute.equals("href") || attribute.equals("src")) {
          assertThat(attributes.group(2)).as("URL in %s", html).matches("(https?://|mailto:|#/).*");
        }
      }
      String rest = ATTRIBUTE.matcher(tags.group(2)).replaceAll("").replace("/", "").strip();
      assertThat(rest).as("unquoted attribute residue in %s", html).isEmpty();
    }
  }
}
