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

  /** The synonym map of the curated pairs alone. */
  public static SynonymMap curatedMap() {
    return build(curated());
  }

  /**
   * The synonym map of the curated pairs plus those mined into a generation directory. Mined pairs
   * for an acronym the curated list knows are dropped: the curated meaning wins.
   */
  public static SynonymMap load(Path generationDir) throws IOException {
    List<AcronymPair> curated = curated();
    Set<String> known = new LinkedHashSet<>();
    curated.forEach(p -> known.add(p.acronym().toLowerCase(Locale.ROOT)));
    List<AcronymPair> all = new ArrayList<>(curated);
    for (AcronymPair p : read(generationDir.resolve(FILE_NAME))) {
      if (!known.contains(p.acronym().toLowerCase(Locale.ROOT))) {
        all.add(p);
      }
    }
    return build(all);
  }

  /**
   * Builds the synonym map: an acronym and all its long forms form one class, and every member
   * (and its plural) expands to all the others, so "ASR", "automatic speech recognition" and
   * "speech recognition" all find the same works. Entries are analysed like query text before the
   * synonym stage.
   */
  public static SynonymMap build(Collection<AcronymPair> pairs) {
    Map<String, List<List<String>>> classes = new LinkedHashMap<>();
    for (AcronymPair p : pairs) {
      List<String> acr = words(p.acronym());
      List<String> lf = words(p.longForm());
      if (acr.size() != 1 || lf.isEmpty()) {
        continue;
      }
      List<List<String>> members = classes.computeIfAbsent(acr.get(0), a -> {
        List<List<String>> m = new ArrayList<>();
        m.add(List.of(a));
        return m;
      });
      if (!members.contains(lf)) {
        members.add(lf);
      }
    }
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    CharsRefBuilder scratch = new CharsRefBuilder();
    try {
      for (List<List<String>> members : classes.values()) {
        for (List<String> from : members) {
          for (List<String> input : List.of(from, pluralOf(from))) {
            CharsRef in = join(input, scratch);
            for (List<String> to : members) {
              if (to != from) {
                builder.add(in, join(to, scratch), true);
              }
            }
          }
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
   */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = TextAnalyzer.normalizeWords(tokenizer(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        for (String part : term.toString().split("[^\\p{L}\\p{N}]+")) {
          if (!part.isEmpty() && !STOP.contains(part)) {
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
