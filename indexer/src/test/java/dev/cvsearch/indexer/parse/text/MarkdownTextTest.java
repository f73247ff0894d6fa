package dev.cvsearch.indexer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void html_tags_links_and_escapes_are_cleaned_and_bold_is_kept() {
    String md =
        """
        <ul style="margin: 0">
        <li><u>2021</u> **PhD**, [Uni Foo](https://foo.edu) &amp; <b>Bar</b>\\*</li>
        Contact: <https://jane.example.org>, <mailto:jane@example.org>, [](https://doi.org/10.1/x)
        ![photo](me.jpg) [Paper [PDF]](http://x.org/p.pdf) [ref link][1]
        </ul>\
        """;

    assertThat(MarkdownText.toPlain(md))
        .isEqualTo(
            "\n2021 **PhD**, Uni Foo & Bar*\n"
                + "Contact: https://jane.example.org, jane@example.org, https://doi.org/10.1/x\n"
                + " Paper [PDF] ref link\n");
  }

  @Test
  void line_numbers_survive_front_matter_comments_and_liquid_tags() {
    String md =
        "---\n"
            + "layout: archive\n"
            + "title: CV\n"
            + "---\n"
            + "{% include base_path %}\n"
            + "<!-- a\n"
            + "b -->\n"
            + "## Education\n";
    String plain = MarkdownText.toPlain(md);

    assertThat(plain.split("\n", -1)).hasSize(md.split("\n", -1).length);
    assertThat(plain.split("\n", -1)[7]).isEqualTo("## Education");
    assertThat(plain).doesNotContain("layout", "include", "a\nb");
  }

  @Test
  void odd_input_does_not_throw() {
    for (String s : new String[] {"", "<", "[", "](", "&#99999999;", "<!--", "---\n", "\\"}) {
      assertThat(MarkdownText.toPlain(s)).isNotNull();
    }
  }
}
