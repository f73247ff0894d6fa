package dev.cvsearch.indexer.schema.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Acronym synonyms for the query chain: the curated list of the field ({@code acronyms.tsv}) plus
 * pairs mined from the corpus ({@link AcronymMiner}), stored per index generation as a TSV file
 * ({@code acronym TAB long form TAB count}).
 *
 * <p>Pairs expand both ways ("ASR" → "automatic speech recognition" and back), and plural forms
 * ("LLMs", "large language models") are entered too, because synonyms match before stemming.
 */
public final class AcronymSynonyms {
  /** File name of the mined pairs inside an index generation. */
  public static final String FILE_NAME = "synonyms.tsv";

  private static final String CURATED = "acronyms.tsv";

  private AcronymSynonyms() {}

  /** The curated pairs shipped with the code. */
  public static List<AcronymPair> curated() {
    try (InputStream in = AcronymSynonyms.class.getResourceAsStream(CURATED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CURATED);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads pairs from a TSV file (mined pairs of a generation); a missing file gives none. */
  public static List<AcronymPair> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  private static List<AcronymPair> read(BufferedReader r) throws IOException {
    List<AcronymPair> out = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length >= 2) {
        int count = cols.length > 2 ? Integer.parseInt(cols[2].trim()) : 0;
        out.add(new AcronymPair(cols[0].trim(), cols[1].trim(), count));
      }
    }
    return out;
  }

  /** Writes pairs as TSV. */
  public static void write(Collection<AcronymPair> pairs, Writer w) throws IOException {
    w.write("# acronym\tlong form\tcount (mined from this generation's titles and abstracts)\n");
    for (AcronymPair p : pairs) {
      w.write(p.acronym() + "\t" + p.longForm() + "\t" + p.count() + "\n");
    }
  }

  /**
   * An acronym and its long forms, as words the chains have before synonyms.
   *
   * @param acronym the acronym's word ("llm")
   * @param longForms each long form's words without stop words ("mixture", "experts"), as query
   *     words reach the synonym stage
   * @param printed each long form's words as printed ("mixture", "of", "experts"), as the index
   *     chain has them when it marks acronyms
   */
  public record AcronymClass(
      String acronym, List<List<String>> longForms, List<List<String>> printed) {
    public AcronymClass {
      longForms = List.copyOf(longForms);
      printed = List.copyOf(printed);
    }

    /** The printed long forms and their plurals ("large language models"). */
    public List<List<String>> printedAndPlurals() {
      return withPlurals(printed);
    }

    /** The long forms without stop words and their plurals. */
    List<List<String>> longFormsAndPlurals() {
      return withPlurals(longForms);
    }

    private static List<List<String>> withPlurals(List<List<String>> forms) {
      List<List<String>> out = new ArrayList<>();
      for (List<String> form : forms) {
        out.add(form);
        List<String> plural = pluralOf(form);
        if (!forms.contains(plural)) {
          out.add(plural);
        }
      }
      return out;
    }
  }

  /** Built on first use, after the class's other constants. */
  private static final class Curated {
    static final List<AcronymClass> CLASSES = classes(curated());
  }

  /**
   * The curated classes: the index adds the acronym wherever a long form occurs ({@link
   * AcronymMarker}), so queries look the acronym up instead of each long form's phrase.
   */
  public static List<AcronymClass> curatedClasses() {
    return Curated.CLASSES;
  }

  /** One class per acronym of the pairs (a single word), long forms in the order first seen. */
  static List<AcronymClass> classes(Collection<AcronymPair> pairs) {
    Map<String, List<List<String>>> forms = new LinkedHashMap<>();
    Map<String, List<List<String>>> printed = new LinkedHashMap<>();
    for (AcronymPair p : pairs) {
      List<String> acr = words(p.acronym(), true);
      List<String> lf = words(p.longForm(), true);
      if (acr.size() != 1 || lf.isEmpty()) {
        continue;
      }
      List<List<String>> f = forms.computeIfAbsent(acr.get(0), a -> new ArrayList<>());
      if (!f.contains(lf)) {
        f.add(lf);
        printed.computeIfAbsent(acr.get(0), a -> new ArrayList<>()).add(words(p.longForm(), false));
      }
    }
    List<AcronymClass> out = new ArrayList<>();
    forms.forEach((acronym, f) -> out.add(new AcronymClass(acronym, f, printed.get(acronym))));
    return out;
  }

  /**
   * The synonym map of query words for an index that marks the curated acronyms: a curated long
   * form (or its plural) becomes its acronym, since the index has the acronym wherever the long
   * form occurs; the mined pairs of the generation, which the index does not mark, expand both ways
   * ({@link #build}).
   */
  public static SynonymMap wordMap(Path generationDir) throws IOException {
    return wordMap(mined(generationDir));
  }

  /** The map of query words with the given mined pairs. */
  public static SynonymMap wordMap(Collection<AcronymPair> mined) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    CharsRefBuilder scratch = new CharsRefBuilder();
    try {
      for (AcronymClass c : Curated.CLASSES) {
        CharsRef acronym = join(List.of(c.acronym()), scratch);
        for (List<String> form : c.longFormsAndPlurals()) {
          builder.add(join(form, scratch), acronym, false);
        }
      }
      addBothWays(builder, classes(mined), scratch);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The synonym map of the curated pairs alone, both ways (for phrases). */
  public static SynonymMap curatedMap() {
    return build(curated());
  }

  /**
   * The synonym map of the curated pairs plus those mined into a generation directory, both ways:
   * for phrases, whose other words must follow the long form or the acronym as printed. Mined pairs
   * for an acronym the curated list knows are dropped: the curated meaning wins.
   */
  public static SynonymMap load(Path generationDir) throws IOException {
    List<AcronymPair> all = new ArrayList<>(curated());
    all.addAll(mined(generationDir));
    return build(all);
  }

  /** The pairs mined into a generation whose acronyms the curated list does not know. */
  private static List<AcronymPair> mined(Path generationDir) throws IOException {
    Set<String> known = new LinkedHashSet<>();
    curated().forEach(p -> known.add(p.acronym().toLowerCase(Locale.ROOT)));
    List<AcronymPair> out = new ArrayList<>();
    for (AcronymPair p : read(generationDir.resolve(FILE_NAME))) {
      if (!known.contains(p.acronym().toLowerCase(Locale.ROOT))) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Builds the synonym map: an acronym and all its long forms form one class, and every member
   * (and its plural) expands to all the others, so "ASR", "automatic speech recognition" and
   * "speech recognition" all find the same works. Entries are analysed like query text before the
   * synonym stage.
   */
  public static SynonymMap build(Collection<AcronymPair> pairs) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    try {
      addBothWays(builder, classes(pairs), new CharsRefBuilder());
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every member of each class (its acronym or a long form, and their plurals) expands to all the
   * other members.
   */
  private static void addBothWays(
      SynonymMap.Builder builder, List<AcronymClass> classes, CharsRefBuilder scratch) {
    for (AcronymClass c : classes) {
      List<List<String>> members = new ArrayList<>();
      members.add(List.of(c.acronym()));
      members.addAll(c.longForms());
      for (List<String> from : members) {
        for (List<String> input : List.of(from, pluralOf(from))) {
          for (List<String> to : members) {
            if (to != from) {
              builder.add(join(input, scratch), join(to, scratch), true);
            }
          }
        }
      }
    }
  }

  private static List<String> pluralOf(List<String> words) {
    List<String> plural = new ArrayList<>(words);
    plural.set(plural.size() - 1, plural(plural.get(plural.size() - 1)));
    return plural;
  }

  private static CharsRef join(List<String> words, CharsRefBuilder scratch) {
    // join() returns a view of the scratch buffer: copy it before the next join overwrites it.
    return CharsRef.deepCopyOf(SynonymMap.Builder.join(words.toArray(String[]::new), scratch));
  }

  /**
   * The words of an entry as the query chain sees them before synonyms; compounds are split into
   * their alphanumeric parts so that the word-delimiter stage after synonyms never splits them.
   *
   * @param dropStopWords false for the words as printed, which the index chain sees
   */
  static List<String> words(String text, boolean dropStopWords) {
    List<String> out = new ArrayList<>();
    TokenStream words =
        dropStopWords
            ? TextAnalyzer.normalizeWords(tokenizer(text))
            : TextAnalyzer.foldAndSpell(tokenizer(text));
    try (TokenStream ts = words) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        for (String part : term.toString().split("[^\\p{L}\\p{N}]+")) {
          if (!part.isEmpty() && !(dropStopWords && STOP.contains(part))) {
            out.add(part);
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static final CharArraySet STOP = TextAnalyzer.STOP_WORDS;

  private static CompoundTokenizer tokenizer(String text) {
    CompoundTokenizer t = new CompoundTokenizer();
    t.setReader(new java.io.StringReader(text));
    return t;
  }

  static String plural(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
      return w + "es";
    }
    if (w.endsWith("y") && w.length() > 2 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }
}
