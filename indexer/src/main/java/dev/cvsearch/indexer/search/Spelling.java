package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.ParsedQuery.Atom;
import dev.cvsearch.indexer.search.ParsedQuery.Clause;
import dev.cvsearch.indexer.search.ParsedQuery.Kind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Did-you-mean from the index's own terms. The text fields hold stems, so a correction is found
 * among the stems ({@link DirectSpellChecker}) and then shown as the word a document actually
 * printed for that stem.
 */
final class Spelling {
  private final Analyzer analyzer;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Spelling(Analyzer analyzer) {
    this.analyzer = analyzer;
    // One edit (a transposition counts as one) covers most typos; two made a look-up of an
    // unknown word cost 2-5 ms on 150k documents, and names the index does not have are common.
    checker.setMaxEdits(1);
  }

  /** The query with misspelt words replaced, or null when nothing better is known. */
  String suggest(StoredRecords records, ParsedQuery parsed, String query) throws IOException {
    IndexReader reader = records.searcher().getIndexReader();
    String corrected = query;
    boolean changed = false;
    for (Clause c : parsed.clauses()) {
      for (Atom a : c.alternatives()) {
        if (c.negated() || a.kind() != Kind.WORD || a.field() != null || a.text().length() < 4) {
          continue;
        }
        Optional<String> stem = single(Fields.BODY, a.text());
        if (stem.isEmpty() || reader.docFreq(new Term(Fields.BODY, stem.get())) > 0
            || reader.docFreq(new Term(Fields.TITLE, stem.get())) > 0
            || isName(reader, a.text())) {
          continue;
        }
        SuggestWord[] words =
            checker.suggestSimilar(
                new Term(Fields.BODY, stem.get()), 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        if (words.length == 0) {
          continue;
        }
        Optional<String> surface = surface(records, words[0].string);
        if (surface.isPresent()) {
          corrected = corrected.replace(a.text(), surface.get());
          changed = true;
        }
      }
    }
    return changed ? corrected : null;
  }

  /** Whether the word is a known author name: a name is not a misspelt English word. */
  private boolean isName(IndexReader reader, String word) throws IOException {
    Optional<String> name = single(Fields.AUTHORS, word);
    return name.isPresent() && reader.docFreq(new Term(Fields.AUTHORS, name.get())) > 0;
  }

  /** The single term a word analyses to, if it is one. */
  private Optional<String> single(String field, String word) throws IOException {
    String term = null;
    try (TokenStream ts = analyzer.tokenStream(field, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term != null) {
          return Optional.empty();
        }
        term = t.toString();
      }
      ts.end();
    }
    return Optional.ofNullable(term);
  }

  /**
   * A printed word that analyses to the stem: the first in the best-scoring document that has
   * it, cut from the stored text at the offsets the body's postings keep for highlighting.
   * Analysing that whole text again, as this did before, took a third of the spelling's time, and
   * the spelling a fifth of the slowest queries' at 10k documents (JFR); reading the offsets
   * gives the same word in a third to half the time (10,450 stems of two indexes compared).
   *
   * <p>The index's analysis also puts terms at spans the query analysis would not give them (an
   * acronym's expansion, a hyphenated compound), so a span counts only if the query analysis of
   * its text has the stem.
   */
  private Optional<String> surface(StoredRecords records, String stem) throws IOException {
    Term term = new Term(Fields.BODY, stem);
    TopDocs top = records.searcher().search(new TermQuery(term), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = top.scoreDocs[0].doc;
    List<LeafReaderContext> leaves = records.searcher().getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int target = doc - leaf.docBase;
    PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.OFFSETS);
    String text = records.hit(doc, true).body();
    if (postings == null || text == null || postings.advance(target) != target) {
      return Optional.empty();
    }
    for (int i = postings.freq(); i > 0; i--) {
      postings.nextPosition();
      int start = postings.startOffset();
      int end = postings.endOffset();
      // The stored body is cut at STORED_BODY_CHARS; the indexed one is whole.
      if (start < 0 || end > text.length() || start >= end) {
        continue;
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (analysesTo(word, stem)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /** Whether the query analysis of the text has the term among its tokens. */
  private boolean analysesTo(String text, String term) throws IOException {
    boolean found = false;
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        found |= term.contentEquals(t);
      }
      ts.end();
    }
    return found;
  }
}
