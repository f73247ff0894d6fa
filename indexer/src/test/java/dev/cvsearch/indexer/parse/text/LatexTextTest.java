package dev.cvsearch.indexer.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatexTextTest {
  private static String fixture(String name) throws IOException {
    try (InputStream in = LatexTextTest.class.getResourceAsStream("/fixtures/text/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void moderncv_fixture_becomes_readable_lines() throws IOException {
    String text = LatexText.toPlain(fixture("cv-moderncv.tex"));

    assertThat(text)
        .startsWith(
            "Ana Kowalská\nCurriculum Vitae\nana.kowalska@example.org\n+48 123 456 789\n"
                + "github: anakow\n")
        .contains("\nEducation\n")
        .contains("\n2015–2019\nPhD in Computer Science\nUniversität Zürich\nZürich\nThesis on\n")
        .contains("\nPublications\n\nJournal articles\n")
        .contains("- A. Kowalská and J. Møller. Parsing CVs at scale. J. Doc. Eng., 12(3), 2020.")
        .contains("- 2018 A. Kowalská. Noisy text, clean records. In\nProc. of DocEng, pages 1–10")
        .contains("ana.kowalska@example.org\nHome page\n")
        .contains("Costs: 100% of $0 & more")
        .contains("Polish | native\nEnglish | fluent")
        .doesNotContain(
            "\\",
            "{",
            "}",
            "supervisor",
            "moderncv",
            "makecvtitle",
            "ignored",
            "https://example.org/paper.pdf",
            "faEnvelope",
            "ll\n");
  }

  @Test
  void sections_are_lines_of_their_own_after_a_blank_line() {
    assertThat(LatexText.toPlain("Intro text \\section{Teaching} Course A"))
        .isEqualTo("Intro text\n\nTeaching\nCourse A\n");
  }

  @Test
  void unknown_macros_keep_their_text_and_lose_their_name() {
    assertThat(LatexText.toPlain("\\cvitemfancy{Languages}{Python, \\mystyle{Java}}"))
        .isEqualTo("Languages\nPython, Java\n");
    assertThat(LatexText.toPlain("see \\fancyname{Doe} here")).isEqualTo("see Doe here\n");
  }

  @Test
  void href_keeps_the_text_and_the_url_only_when_the_text_is_the_url_or_missing() {
    assertThat(LatexText.toPlain("\\href{http://x.org}{my site}")).isEqualTo("my site\n");
    assertThat(LatexText.toPlain("\\href{mailto:a@b.org}{a@b.org}")).isEqualTo("a@b.org\n");
    assertThat(LatexText.toPlain("\\href{mailto:a@b.org}{}")).isEqualTo("a@b.org\n");
    assertThat(LatexText.toPlain("\\url{https://a.org/x_y}")).isEqualTo("https://a.org/x_y\n");
  }

  @Test
  void accents_and_special_letters_become_unicode() {
    assertThat(
            LatexText.toPlain(
                "Fran\\c{c}ois G\\\"odel Erd\\H{o}s \\AA{}ngstr\\\"om {\\o}re"
                    + " \\v{S}koda na\\\"{\\i}ve \\'Ecole \\ss"))
        .isEqualTo("François Gödel Erdős Ångström øre Škoda naïve École ß\n");
  }

  @Test
  void comments_go_but_escaped_percent_stays() {
    assertThat(LatexText.toPlain("a 50\\% cut % not this\n% nor this line\nb"))
        .isEqualTo("a 50% cut\nb\n");
  }

  @Test
  void unbalanced_and_truncated_input_does_not_throw() {
    for (String s :
        new String[] {
          "}}}{{{",
          "\\",
          "\\section{",
          "\\href{",
          "\\begin{",
          "\\'",
          "\\verb|x",
          "\\item[",
          "{\\bf x",
          "\\newcommand{\\a}[1]{",
          "\\def\\x#1{",
          "$x^",
          "\\\\[",
          "\\cventry{a}{"
        }) {
      assertThat(LatexText.toPlain(s)).isNotNull();
    }
    assertThat(LatexText.toPlain("\\section{Open heading and text")).contains("Open heading");
  }

  @Test
  void random_latex_like_input_never_throws() {
    String[] pieces = {
      "\\",
      "{",
      "}",
      "[",
      "]",
      "\\section",
      "\\item",
      "\\href",
      "\\begin{itemize}",
      "\\end{tabular}",
      "%",
      "\n",
      "&",
      "$",
      "\\'",
      "a",
      " ",
      "\\\\",
      "\\verb",
      "|",
      "\\url",
      "\\newcommand",
      "\\def",
      "\\cventry",
      "--",
      "~",
      "\\c",
      "\\begin{comment}",
      "http://x"
    };
    Random random = new Random(42);
    for (int run = 0; run < 3000; run++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      assertThat(LatexText.toPlain(sb.toString())).isNotNull();
    }
  }

  @Test
  void deep_nesting_and_long_inputs_take_linear_time() {
    String deep = "{".repeat(200_000) + "x" + "}".repeat(200_000);
    String entries = "\\cventry{a}{b}{c}\\textbf{\\href{http://x}{y}} & \\item[z] ".repeat(20_000);
    String brackets = "\\cventry[".repeat(100_000);
    long start = System.nanoTime();
    assertThat(LatexText.toPlain(deep)).isEqualTo("x\n");
    assertThat(LatexText.toPlain(entries)).contains("a\nb\nc\ny");
    assertThat(LatexText.toPlain(brackets)).isNotNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
