package eu.urbis.search;

import org.junit.jupiter.api.Test;

import static eu.urbis.search.Snippet.START;
import static eu.urbis.search.Snippet.STOP;
import static org.assertj.core.api.Assertions.assertThat;

class SnippetTest {
  @Test
  void eachMarkedPairBecomesAMarkElement() {
    assertThat(Snippet.toHtml("Die " + START + "Radwege" + STOP + " und " + START + "Ladestationen" + STOP + "."))
      .isEqualTo("Die <mark>Radwege</mark> und <mark>Ladestationen</mark>.");
  }

  @Test
  void textInsideAndOutsideMarksIsEscaped() {
    assertThat(Snippet.toHtml("<b onclick=\"x()\">" + START + "a&b's" + STOP + "</b>"))
      .isEqualTo("&lt;b onclick=&quot;x()&quot;&gt;<mark>a&amp;b&#39;s</mark>&lt;/b&gt;");
  }

  @Test
  void strayMarkersAreDroppedWithoutOpeningATag() {
    assertThat(Snippet.toHtml("a" + STOP + "b" + START + "c")).isEqualTo("abc");
    assertThat(Snippet.toHtml(START + "a" + START + "b" + STOP + "c")).isEqualTo("a<mark>b</mark>c");
    assertThat(Snippet.toHtml(START + "" + STOP)).isEqualTo("<mark></mark>");
  }

  @Test
  void noSnippetIsAnEmptyString() {
    assertThat(Snippet.toHtml(null)).isEmpty();
    assertThat(Snippet.toHtml("")).isEmpty();
  }
}
