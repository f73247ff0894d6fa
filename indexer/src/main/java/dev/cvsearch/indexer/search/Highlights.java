package dev.cvsearch.indexer.search;

import dev.cvsearch.indexer.index.DocumentMapper;
import dev.cvsearch.indexer.schema.Fields;
import dev.cvsearch.indexer.search.QueryTerms.FieldTerms;
import dev.cvsearch.indexer.search.QueryTerms.Phrase;
import dev.cvsearch.indexer.search.StoredRecords.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Highlighted snippets of titles and bodies: HTML-escaped text with only {@code <mark>} added, at
 * the offsets stored in the postings, so no text is analysed again. The title is marked whole, the
 * body as its best sentences. Phrases are marked only where they occur as phrases.
 *
 * <p>This does what Lucene's UnifiedHighlighter does with postings offsets, for the one shape of
 * query and document we have, in a fraction of the time: the query's terms are looked up once per
 * segment and their postings walked forward over the page's documents, whose texts are already
 * loaded; sentences are found by a scan for sentence ends instead of a BreakIterator.
 */
final class Highlights {
  private static final int BODY_PASSAGES = 2;

  /**
   * Characters of a body looked at for passages, as many as are stored: abstracts fit whole, and a
   * long CV's best sentences are rarely past this.
   */
  private static final int MAX_LENGTH = DocumentMapper.STORED_BODY_CHARS;

  /** Longest passage shown; longer sentences are cut around their marks. */
  private static final int MAX_PASSAGE = 400;

  /** Most terms a prefix expands to for marking. */
  private static final int MAX_PREFIX_TERMS = 64;

  private static final Set<String> FIELDS = Set.of(Fields.TITLE, Fields.BODY);
  private static final String ELLIPSIS = "… ";

  /** A marked stretch of text, and which query term or phrase put it there. */
  private record Span(int start, int end, int key) {}

  /** An occurrence of a term in a document: its position and offsets. */
  private record Occurrence(int position, int start, int end) {}

  /**
   * Snippets per document: field → snippets, only fields that have a match.
   *
   * @param hits the page, with the texts the title and body were indexed from
   */
  Map<Integer, Map<String, List<String>>> snippets(IndexSearcher searcher, Query query, List<Hit> hits)
      throws IOException {
    Map<Integer, Map<String, List<String>>> out = new HashMap<>();
    if (hits.isEmpty()) {
      return out;
    }
    QueryTerms terms = QueryTerms.of(query, FIELDS);
    FieldTerms title = terms.field(Fields.TITLE);
    FieldTerms body = terms.field(Fields.BODY);
    if (title.isEmpty() && body.isEmpty()) {
      return out;
    }
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(Hit::doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int i = 0;
    while (i < sorted.size()) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted.get(i).doc(), leaves));
      int end = i;
      while (end < sorted.size() && sorted.get(end).doc() < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      List<Hit> inLeaf = sorted.subList(i, end);
      Map<Integer, List<Span>> titleSpans = spans(leaf, Fields.TITLE, title, inLeaf);
      Map<Integer, List<Span>> bodySpans = spans(leaf, Fields.BODY, body, inLeaf);
      for (Hit h : inLeaf) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<Span> t = titleSpans.get(h.doc());
        if (t != null && !t.isEmpty()) {
          fields.put(Fields.TITLE, List.of(whole(h.hit().title(), t)));
        }
        List<Span> b = bodySpans.get(h.doc());
        String passages = b == null || h.body() == null ? null : passages(h.body(), b);
        if (passages != null) {
          fields.put(Fields.BODY, List.of(passages));
        }
        out.put(h.doc(), fields);
      }
      i = end;
    }
    return out;
  }

  /** The marked spans of each document of one segment in one field. */
  private static Map<Integer, List<Span>> spans(
      LeafReaderContext leaf, String field, FieldTerms wanted, List<Hit> hits) throws IOException {
    Map<Integer, List<Span>> out = new HashMap<>();
    Terms terms = wanted.isEmpty() ? null : leaf.reader().terms(field);
    if (terms == null || !terms.hasOffsets()) {
      return out;
    }
    TermsEnum te = terms.iterator();
    // Every distinct term once: singles and prefix expansions are marked wherever they occur,
    // phrase members only where their phrase does.
    Map<BytesRef, Integer> index = new LinkedHashMap<>();
    List<Boolean> single = new ArrayList<>();
    for (BytesRef t : wanted.terms) {
      add(index, single, t, true);
    }
    for (BytesRef prefix : wanted.prefixes) {
      if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        continue;
      }
      int n = 0;
      for (BytesRef t = te.term(); t != null && n < MAX_PREFIX_TERMS; t = te.next(), n++) {
        if (!StringHelper.startsWith(t, prefix)) {
          break;
        }
        add(index, single, BytesRef.deepCopyOf(t), true);
      }
    }
    for (Phrase p : wanted.phrases) {
      for (BytesRef[] alternatives : p.terms()) {
        for (BytesRef t : alternatives) {
          add(index, single, t, false);
        }
      }
    }
    List<BytesRef> keys = new ArrayList<>(index.keySet());
    PostingsEnum[] postings = new PostingsEnum[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      if (te.seekExact(keys.get(k))) {
        postings[k] = te.postings(null, PostingsEnum.OFFSETS);
      }
    }
    for (Hit h : hits) {
      int doc = h.doc() - leaf.docBase;
      List<List<Occurrence>> found = new ArrayList<>(keys.size());
      List<Span> spans = new ArrayList<>();
      for (int k = 0; k < postings.length; k++) {
        List<Occurrence> occ = occurrences(postings[k], doc);
        found.add(occ);
        if (single.get(k)) {
          for (Occurrence o : occ) {
            spans.add(new Span(o.start(), o.end(), k));
          }
        }
      }
      for (int p = 0; p < wanted.phrases.size(); p++) {
        phraseSpans(wanted.phrases.get(p), index, found, keys.size() + p, spans);
      }
      out.put(h.doc(), spans);
    }
    return out;
  }

  private static void add(Map<BytesRef, Integer> index, List<Boolean> single, BytesRef t, boolean s) {
    Integer k = index.get(t);
    if (k == null) {
      index.put(t, single.size());
      single.add(s);
    } else if (s) {
      single.set(k, true);
    }
  }

  private static List<Occurrence> occurrences(PostingsEnum pe, int doc) throws IOException {
    if (pe == null) {
      return List.of();
    }
    if (pe.docID() < doc) {
      pe.advance(doc);
    }
    if (pe.docID() != doc) {
      return List.of();
    }
    int freq = pe.freq();
    List<Occurrence> out = new ArrayList<>(freq);
    for (int i = 0; i < freq; i++) {
      int pos = pe.nextPosition();
      out.add(new Occurrence(pos, pe.startOffset(), pe.endOffset()));
    }
    return out;
  }

  /** Spans of every occurrence of a phrase: its terms at their relative positions. */
  private static void phraseSpans(
      Phrase phrase,
      Map<BytesRef, Integer> index,
      List<List<Occurrence>> found,
      int key,
      List<Span> spans) {
    int n = phrase.terms().length;
    for (Occurrence first : occurrencesOf(phrase.terms()[0], index, found)) {
      int base = first.position() - phrase.positions()[0];
      List<Occurrence> match = new ArrayList<>(n);
      match.add(first);
      for (int i = 1; i < n && match.size() == i; i++) {
        int want = base + phrase.positions()[i];
        for (Occurrence o : occurrencesOf(phrase.terms()[i], index, found)) {
          if (o.position() == want) {
            match.add(o);
            break;
          }
        }
      }
      if (match.size() == n) {
        match.forEach(o -> spans.add(new Span(o.start(), o.end(), key)));
      }
    }
  }

  private static List<Occurrence> occurrencesOf(
      BytesRef[] alternatives, Map<BytesRef, Integer> index, List<List<Occurrence>> found) {
    if (alternatives.length == 1) {
      return found.get(index.get(alternatives[0]));
    }
    List<Occurrence> out = new ArrayList<>();
    for (BytesRef t : alternatives) {
      out.addAll(found.get(index.get(t)));
    }
    return out;
  }

  /** The whole text with every span marked. */
  private static String whole(String text, List<Span> spans) {
    StringBuilder sb = new StringBuilder(text.length() + 32);
    mark(sb, text, 0, text.length(), merged(spans, text.length()));
    return sb.toString();
  }

  /**
   * The best sentences of a body: those with the most distinct matching terms, then the most
   * matches, then the earliest; shown in text order, "… " between sentences that do not touch.
   */
  private static String passages(String text, List<Span> spans) {
    int limit = Math.min(text.length(), MAX_LENGTH);
    List<int[]> marks = merged(spans, limit);
    if (marks.isEmpty()) {
      return null;
    }
    record Passage(int start, int end, int distinct, int count) {}
    List<Passage> candidates = new ArrayList<>();
    int m = 0;
    while (m < marks.size()) {
      int start = sentenceStart(text, marks.get(m)[0]);
      int end = sentenceEnd(text, marks.get(m)[1], limit);
      int count = 0;
      java.util.BitSet keys = new java.util.BitSet();
      while (m < marks.size() && marks.get(m)[0] < end) {
        end = Math.max(end, marks.get(m)[1]);
        count++;
        keys.set(marks.get(m)[2]);
        m++;
      }
      candidates.add(new Passage(start, end, keys.cardinality(), count));
    }
    List<Passage> best = new ArrayList<>(candidates);
    best.sort(
        Comparator.comparingInt(Passage::distinct)
            .thenComparingInt(Passage::count)
            .reversed()
            .thenComparingInt(Passage::start));
    best = new ArrayList<>(best.subList(0, Math.min(BODY_PASSAGES, best.size())));
    best.sort(Comparator.comparingInt(Passage::start));
    StringBuilder sb = new StringBuilder();
    int last = -1;
    for (Passage p : best) {
      int[] window = window(text, p.start(), p.end(), marks);
      if (last >= 0 && window[0] > last) {
        sb.append(ELLIPSIS);
      }
      mark(sb, text, window[0], window[1], marks);
      last = window[1];
    }
    return sb.toString().strip();
  }

  /** A passage cut to {@link #MAX_PASSAGE} characters around its first mark, at word ends. */
  private static int[] window(String text, int start, int end, List<int[]> marks) {
    if (end - start <= MAX_PASSAGE) {
      return new int[] {start, end};
    }
    int first = end;
    for (int[] mk : marks) {
      if (mk[0] >= start && mk[0] < end) {
        first = mk[0];
        break;
      }
    }
    int from = Math.max(start, first - MAX_PASSAGE / 4);
    while (from > start && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(end, from + MAX_PASSAGE);
    while (to < end && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return new int[] {from, to};
  }

  private static int sentenceStart(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) != '\n' && !endsSentence(text, i - 1)) {
      i--;
    }
    while (i < at && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int sentenceEnd(String text, int at, int limit) {
    int i = at;
    while (i < limit && text.charAt(i) != '\n') {
      i++;
      if (endsSentence(text, i - 1)) {
        break;
      }
    }
    return i;
  }

  /**
   * Whether a sentence ends just after {@code i}: a full stop, question or exclamation mark, then
   * space, then no lower-case letter ("AT&T & co. zebrafish" is one sentence).
   */
  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int j = i + 1;
    if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j == text.length() || !Character.isLowerCase(text.charAt(j));
  }

  /** Spans sorted and overlapping ones joined: {start, end, key of the first}. */
  private static List<int[]> merged(List<Span> spans, int limit) {
    Span[] sorted = spans.toArray(Span[]::new);
    Arrays.sort(sorted, Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<int[]> out = new ArrayList<>();
    for (Span s : sorted) {
      if (s.start() < 0 || s.end() > limit || s.start() >= s.end()) {
        continue;
      }
      int[] last = out.isEmpty() ? null : out.getLast();
      if (last != null && s.start() <= last[1]) {
        last[1] = Math.max(last[1], s.end());
      } else {
        out.add(new int[] {s.start(), s.end(), s.key()});
      }
    }
    return out;
  }

  /** Appends text[from, to) escaped, with the marks inside it wrapped in {@code <mark>}. */
  private static void mark(StringBuilder sb, String text, int from, int to, List<int[]> marks) {
    int pos = from;
    for (int[] mk : marks) {
      if (mk[1] <= from || mk[0] >= to) {
        continue;
      }
      int s = Math.max(mk[0], pos);
      int e = Math.min(mk[1], to);
      escape(sb, text, pos, s);
      sb.append("<mark>");
      escape(sb, text, s, e);
      sb.append("</mark>");
      pos = e;
    }
    escape(sb, text, pos, to);
  }

  /** HTML-escapes like Lucene's passage formatter: {@code & < > " ' /}. */
  static void escape(StringBuilder sb, String text, int from, int to) {
    int run = from; // start of the characters not yet appended, which need no escaping
    for (int i = from; i < to; i++) {
      String entity =
          switch (text.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#x27;";
            case '/' -> "&#x2F;";
            default -> null;
          };
      if (entity != null) {
        sb.append(text, run, i).append(entity);
        run = i + 1;
      }
    }
    sb.append(text, run, to);
  }
}
