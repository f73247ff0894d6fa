package dev.cvsearch.indexer.parse.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@link LatexConverter} knows about LaTeX macros: which ones print a symbol, which ones are
 * layout to drop with their arguments, which drop some arguments and keep the text of the last.
 * Every macro not listed keeps the text of its braced arguments.
 */
final class LatexMacros {
  /** Macros whose whole output is a fixed string (letters, symbols, logos). */
  static final Map<String, String> SYMBOLS = new HashMap<>();

  /** Layout and setup macros dropped with this many braced arguments (optional ones go too). */
  static final Map<String, Integer> DROPPED = new HashMap<>();

  /** Macros whose first n arguments are layout (a colour, a width) and whose last is text. */
  static final Map<String, Integer> SKIP_THEN_TEXT = new HashMap<>();

  /** Formatting macros with exactly one text argument, kept inline. */
  static final Set<String> INLINE =
      words(
          "textbf textit emph textsc texttt textrm textsf textmd textup textsl textnormal "
              + "underline uline text mathrm mathbf mathit mathsf mathtt mathcal mathbb "
              + "operatorname textsuperscript textsubscript mbox fbox makebox framebox footnote "
              + "hbox small large Large MakeUppercase MakeLowercase uppercase lowercase textlf "
              + "sout st hl ul thanks centerline");

  /** Macros printing nothing but a gap. */
  static final Set<String> SPACES =
      words(
          "quad qquad hfill hfil hss enspace enskip thinspace space fill dotfill "
              + "nobreakspace hspace hskip kern hrulefill tab t");

  /** Macros ending a line. */
  static final Set<String> NEWLINES =
      words("newline linebreak par break cr newpage clearpage pagebreak");

  /** TeX primitives followed by a bare dimension ("\vskip 2pt"), which must go with them. */
  static final Set<String> DIMENSION_TAKING = words("vskip hskip kern vspace hspace");

  /** Macros that define other macros: skipped whole, wherever they are. */
  static final Set<String> DEFINITIONS =
      words(
          "newcommand renewcommand providecommand DeclareRobustCommand newenvironment "
              + "renewenvironment def gdef edef xdef let NewDocumentCommand "
              + "RenewDocumentCommand DeclareDocumentCommand NewDocumentEnvironment "
              + "newcolumntype newlength newcounter newif DeclareMathOperator newtheorem "
              + "newsavebox newfontfamily setmainfont setsansfont setmonofont");

  /** Accent macros and the Unicode combining mark each adds to the next letter. */
  static final Map<String, Character> ACCENTS =
      Map.ofEntries(
          Map.entry("'", '\u0301'),
          Map.entry("`", '\u0300'),
          Map.entry("^", '\u0302'),
          Map.entry("\"", '\u0308'),
          Map.entry("~", '\u0303'),
          Map.entry("=", '\u0304'),
          Map.entry(".", '\u0307'),
          Map.entry("u", '\u0306'),
          Map.entry("v", '\u030C'),
          Map.entry("H", '\u030B'),
          Map.entry("c", '\u0327'),
          Map.entry("k", '\u0328'),
          Map.entry("r", '\u030A'),
          Map.entry("d", '\u0323'),
          Map.entry("b", '\u0331'));

  /** Environments whose first n braced arguments are a layout spec, not text. */
  static final Map<String, Integer> ENV_SPEC_ARGS =
      Map.ofEntries(
          Map.entry("tabular", 1),
          Map.entry("tabular*", 2),
          Map.entry("tabularx", 2),
          Map.entry("tabulary", 2),
          Map.entry("longtable", 1),
          Map.entry("supertabular", 1),
          Map.entry("array", 1),
          Map.entry("tabu", 1),
          Map.entry("minipage", 1),
          Map.entry("multicols", 1),
          Map.entry("multicols*", 1),
          Map.entry("wrapfigure", 2),
          Map.entry("adjustbox", 1),
          Map.entry("list", 2),
          Map.entry("tcolorbox", 0),
          Map.entry("paracol", 1),
          Map.entry("thebibliography", 1));

  /** Environments whose body is printed as is. */
  static final Set<String> VERBATIM_ENVS = words("verbatim verbatim* lstlisting Verbatim");

  /** Environments whose body is not text for a reader at all. */
  static final Set<String> SKIPPED_ENVS =
      words("comment tikzpicture figure figure* equation align");

  /** Preamble macros that carry the CV owner's details (moderncv, altacv, plain article). */
  static final Map<String, String> PERSONAL_JOINERS =
      Map.ofEntries(
          Map.entry("name", " "),
          Map.entry("author", " "),
          Map.entry("title", " "),
          Map.entry("firstname", " "),
          Map.entry("familyname", " "),
          Map.entry("lastname", " "),
          Map.entry("position", " "),
          Map.entry("tagline", " "),
          Map.entry("email", " "),
          Map.entry("phone", " "),
          Map.entry("mobile", " "),
          Map.entry("homepage", " "),
          Map.entry("social", " "),
          Map.entry("address", ", "),
          Map.entry("location", " "),
          Map.entry("extrainfo", " "),
          Map.entry("personalinfo", " "));

  static {
    symbols(
        "o ø",
        "O Ø",
        "ae æ",
        "AE Æ",
        "oe œ",
        "OE Œ",
        "aa å",
        "AA Å",
        "ss ß",
        "l ł",
        "L Ł",
        "i ı",
        "j ȷ",
        "dh ð",
        "DH Ð",
        "th þ",
        "TH Þ",
        "ng ŋ",
        "NG Ŋ",
        "dj đ",
        "DJ Đ",
        "LaTeX LaTeX",
        "TeX TeX",
        "LaTeXe LaTeX2e",
        "XeTeX XeTeX",
        "BibTeX BibTeX",
        "ldots …",
        "dots …",
        "textellipsis …",
        "textendash –",
        "textemdash —",
        "textbullet •",
        "cdot ·",
        "bullet •",
        "textbar |",
        "textbackslash \\",
        "textasciitilde ~",
        "textasciicircum ^",
        "textunderscore _",
        "textless <",
        "textgreater >",
        "textquotedblleft “",
        "textquotedblright ”",
        "textquoteleft ‘",
        "textquoteright ’",
        "lq ‘",
        "rq ’",
        "copyright ©",
        "textcopyright ©",
        "textregistered ®",
        "texttrademark ™",
        "S §",
        "P ¶",
        "pounds £",
        "textsterling £",
        "euro €",
        "texteuro €",
        "EUR €",
        "textdegree °",
        "degree °",
        "textperiodcentered ·",
        "guillemotleft «",
        "guillemotright »",
        "ast *",
        "textasteriskcentered *",
        "dagger †",
        "ddagger ‡",
        "ddag ‡",
        "times ×",
        "pm ±",
        "sim ~",
        "approx ≈",
        "leq ≤",
        "le ≤",
        "geq ≥",
        "ge ≥",
        "neq ≠",
        "rightarrow →",
        "to →",
        "leftarrow ←",
        "Rightarrow ⇒",
        "longrightarrow →",
        "infty ∞",
        "checkmark ✓",
        "star ⋆",
        "textpm ±",
        "textmu µ",
        "circ °",
        "vert |",
        "slash /",
        "textslash /",
        "textdollar $",
        "textnumero №",
        "textasciigrave `",
        "AND &");
    String greek =
        "alpha α beta β gamma γ delta δ epsilon ε varepsilon ε zeta ζ eta η theta θ iota ι"
            + " kappa κ lambda λ mu μ nu ν xi ξ pi π rho ρ sigma σ tau τ upsilon υ phi φ"
            + " varphi φ chi χ psi ψ omega ω Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π"
            + " Sigma Σ Phi Φ Psi Ψ Omega Ω";
    String[] g = greek.split(" ");
    for (int k = 0; k + 1 < g.length; k += 2) {
      SYMBOLS.put(g[k], g[k + 1]);
    }
    dropped(
        1,
        "label ref pageref eqref cite citep citet nocite vspace includegraphics "
            + "usepackage RequirePackage documentclass pagestyle thispagestyle geometry "
            + "newgeometry hypersetup color pagecolor bibliographystyle bibliography "
            + "addbibresource input include linespread setlist moderncvstyle moderncvcolor "
            + "moderncvtheme moderncvicons photo AtBeginDocument AtEndDocument phantom hphantom "
            + "vphantom addvspace enlargethispage urlstyle setstretch fontfamily fontseries "
            + "fontshape usetikzlibrary pgfplotsset faIcon cline stepcounter refstepcounter "
            + "printbibliography setuptheme columnratio cvcolumnsep usefont includepdf "
            + "pdfbookmark hyphenation captionsetup tcbset sethlcolor pagenumbering "
            + "graphicspath arrayrulecolor rowcolor cellcolor columncolor selectlanguage tikz");
    dropped(
        2,
        "setlength addtolength setcounter addtocounter fontsize colorlet rule "
            + "titlespacing setbeamercolor setbeamerfont renewcommandx");
    dropped(3, "definecolor");
    dropped(5, "titleformat");
    skipThenText(
        1,
        "textcolor colorbox parbox scalebox raisebox hyperlink foreignlanguage rotatebox "
            + "hyperref shortstack");
    skipThenText(2, "fcolorbox multirow multicolumn resizebox setbox");
  }

  private LatexMacros() {}

  /** Whether an unknown macro of this name introduces a heading (\section, \cvsection, …). */
  static boolean isHeading(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("section")
        || n.equals("chapter")
        || n.equals("part")
        || n.equals("paragraph")
        || n.equals("subparagraph");
  }

  private static void symbols(String... pairs) {
    for (String pair : pairs) {
      int space = pair.indexOf(' ');
      SYMBOLS.put(pair.substring(0, space), pair.substring(space + 1));
    }
  }

  private static Set<String> words(String names) {
    return Set.of(names.split(" "));
  }

  private static void dropped(int args, String names) {
    for (String name : names.split(" ")) {
      DROPPED.put(name, args);
    }
  }

  private static void skipThenText(int args, String names) {
    for (String name : names.split(" ")) {
      SKIP_THEN_TEXT.put(name, args);
    }
  }
}
