package dev.cvsearch.indexer.schema.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rewrites British spellings to American ones (quantisation → quantization, modelling → modeling,
 * colour → color, centre → center, analyse → analyze, haemoglobin → hemoglobin), so both meet in
 * the index. Works on one lower-case word; runs before stemming, at index and query time alike.
 *
 * <p>Suffix rules with exception lists rather than a word list, because scientific text coins new
 * -isation words all the time. Endings whose British form is ambiguous ({@code -lled}: filled,
 * called) are limited to the unambiguous {@code -elled} and a few known {@code -alled} verbs.
 */
public final class BritishSpellings {
  /** -ise words that are spelled the same in American English (by the part before "ise"). */
  private static final Set<String> ISE_KEEP = Set.of(
      "adv", "advert", "chast", "compr", "comprom", "desp", "dev", "disgu", "enterpr", "exc",
      "exerc", "expert", "franch", "improv", "inc", "merchand", "otherw", "parad", "pra", "prec",
      "prem", "prom", "rev", "superv", "surm", "surpr", "telev", "treat", "conc", "likew",
      "clockw", "dem", "circumc", "porpo", "torto", "turquo", "mort", "repr", "appra", "cru",
      "bru", "val", "chem", "rem", "sunr", "upra");

  /** Words whose -our is British (by the part before "our"); "four", "hour", "tour" stay. */
  private static final Set<String> OUR_STEMS = Set.of(
      "col", "behavi", "fav", "hon", "lab", "neighb", "harb", "hum", "rum", "vap", "flav", "tum",
      "od", "arm", "vig", "endeav", "sav", "rig", "val", "clam", "parl", "savi", "splend", "cand",
      "ard", "ferv", "dishon", "discol", "misbehavi");

  /** British -re words and their American form; inflected forms are derived. */
  private static final Map<String, String> RE_WORDS = Map.ofEntries(
      Map.entry("centre", "center"), Map.entry("epicentre", "epicenter"),
      Map.entry("metre", "meter"), Map.entry("kilometre", "kilometer"),
      Map.entry("centimetre", "centimeter"), Map.entry("millimetre", "millimeter"),
      Map.entry("micrometre", "micrometer"), Map.entry("nanometre", "nanometer"),
      Map.entry("litre", "liter"), Map.entry("millilitre", "milliliter"),
      Map.entry("theatre", "theater"), Map.entry("fibre", "fiber"), Map.entry("calibre", "caliber"),
      Map.entry("spectre", "specter"), Map.entry("sombre", "somber"), Map.entry("lustre", "luster"),
      Map.entry("meagre", "meager"), Map.entry("sabre", "saber"), Map.entry("manoeuvre", "maneuver"));

  /** Verbs whose -elled/-elling is the same in American English (by the part before "lled"). */
  private static final Set<String> ELLED_KEEP = Set.of(
      "compe", "prope", "expe", "repe", "dispe", "exce", "impe", "rebe", "misspe", "paralle",
      "unparalle", "dwe", "swe", "she", "que", "sme", "kne", "ge", "je");

  /** Verbs whose -alled/-alling is British (by the part before "lled"). */
  private static final Set<String> ALLED_STEMS = Set.of(
      "signa", "tota", "equa", "dia", "initia", "meda", "peda", "marsha", "riva");

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("programme", "program"), Map.entry("programmes", "programs"),
      Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
      Map.entry("licence", "license"), Map.entry("licences", "licenses"),
      Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
      Map.entry("pretence", "pretense"), Map.entry("ageing", "aging"),
      Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"),
      Map.entry("acknowledgement", "acknowledgment"),
      Map.entry("acknowledgements", "acknowledgments"), Map.entry("grey", "gray"),
      Map.entry("artefact", "artifact"), Map.entry("artefacts", "artifacts"),
      Map.entry("sceptical", "skeptical"), Map.entry("aluminium", "aluminum"),
      Map.entry("enrolment", "enrollment"), Map.entry("fulfilment", "fulfillment"),
      Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
      Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialogs"),
      Map.entry("analogue", "analog"), Map.entry("analogues", "analogs"),
      Map.entry("travelled", "traveled"), Map.entry("plough", "plow"),
      Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("mould", "mold"),
      Map.entry("foetus", "fetus"), Map.entry("foetal", "fetal"));

  /**
   * The whole-word entries by their last character, compared on a token's buffer without building
   * a String or hashing it: most words end in a letter no entry ends in, or differ in length.
   */
  private static final char[][][] WORDS_BY_LAST = byLast(WORDS.keySet().stream());

  private BritishSpellings() {}

  /**
   * Whether {@link #americanize} may change the word in {@code buf[off, off + len)}: a whole-word entry,
   * one of the rule suffixes, or the "ae", leading "oe", "rrhoe" and "our" + suffix that the
   * medical and -our rules look for. Allocation-free, so the filter pays almost nothing for the
   * many words no rule touches; and tight, since each word let through costs a String and the
   * rules: the -re ending of "are", "where" and "structure", the "oe" of "does" and the "our" of
   * "source" once let a tenth of all words through.
   */
  static boolean mayChange(char[] buf, int off, int len) {
    if (len < 4) {
      return false;
    }
    int end = off + len;
    char last = buf[end - 1];
    char[][] words = last < 128 ? WORDS_BY_LAST[last] : null;
    if (words != null) {
      for (char[] w : words) {
        if (w.length == len && endsWith(buf, end, w)) {
          return true;
        }
      }
    }
    if (len < 5) {
      return false;
    }
    for (int i = off; i + 1 < end; i++) {
      char a = buf[i];
      char b = buf[i + 1];
      if (b == 'e' && (a == 'a' || (a == 'o' && (i == off || buf[i - 1] == 'h')))) {
        return true;
      }
      if (a == 'o' && b == 'u' && i >= off + 2 && i + 2 < end && buf[i + 2] == 'r'
          && (i + 3 == end || OUR_NEXT.indexOf(buf[i + 3]) >= 0)) {
        return true;
      }
    }
    char[][] endings = last < 128 ? ENDINGS_BY_LAST[last] : null;
    if (endings == null) {
      return false;
    }
    for (char[] e : endings) {
      if (e.length <= len && endsWith(buf, end, e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(char[] buf, int end, char[] e) {
    int from = end - e.length;
    for (int i = e.length - 2; i >= 0; i--) { // the last character is already known to match
      if (buf[from + i] != e[i]) {
        return false;
      }
    }
    return true;
  }

  private static char[][][] endingsByLast() {
    // The -re rule knows its words: "tre", "tres", "tred", "tring" and the like, not every "-re".
    Stream<String> reEndings = RE_WORDS.keySet().stream()
        .map(w -> w.substring(w.length() - 3))
        .flatMap(e -> Stream.of(e, e + "s", e + "d", e.substring(0, 1) + "ring"));
    Stream<String> ruleEndings =
        Stream.of(ISE_ENDINGS, YSE_ENDINGS, LLED_ENDINGS).flatMap(Stream::of);
    return byLast(Stream.concat(ruleEndings, reEndings));
  }

  /** ASCII strings grouped by their last character, for a look-up by a word's last character. */
  private static char[][][] byLast(Stream<String> strings) {
    char[][][] table = new char[128][][];
    strings
        .distinct()
        .forEach(e -> {
          char last = e.charAt(e.length() - 1);
          char[][] old = table[last] == null ? new char[0][] : table[last];
          char[][] grown = Arrays.copyOf(old, old.length + 1);
          grown[old.length] = e.toCharArray();
          table[last] = grown;
        });
    return table;
  }

  /** The American spelling of a lower-case word, or the word itself. */
  public static String americanize(String w) {
    String mapped = WORDS.get(w);
    if (mapped != null) {
      return mapped;
    }
    int n = w.length();
    if (n < 5) { // the shortest rule (-our) needs five letters
      return w;
    }
    String r;
    if ((r = ise(w)) != null
        || (r = yse(w)) != null
        || (r = our(w)) != null
        || (r = tre(w)) != null
        || (r = lled(w)) != null
        || (r = medical(w)) != null) {
      return r;
    }
    return w;
  }

  private static final String[] ISE_ENDINGS = {
    "isational", "isations", "isation", "isers", "ising", "ised", "ises", "iser", "ise"
  };

  private static String ise(String w) {
    for (String e : ISE_ENDINGS) {
      if (w.endsWith(e)) {
        String stem = w.substring(0, w.length() - e.length());
        if (stem.length() < 3 || ISE_KEEP.contains(stem) || endsWithKeep(stem)) {
          return null;
        }
        return stem + "iz" + e.substring(2);
      }
    }
    return null;
  }

  /** Compounds of kept -ise words: "unpromising", "overexercised". */
  private static final String[] KEEP_SUFFIXES = {"prom", "exerc", "superv", "surpr", "compr",
    "adv", "rev", "prec", "expert", "franch", "improv", "disgu", "comprom", "enterpr", "pra", "no"};

  private static boolean endsWithKeep(String stem) {
    for (String k : KEEP_SUFFIXES) {
      if (stem.endsWith(k)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] YSE_ENDINGS = {"ysers", "ysing", "ysed", "yses", "yser", "yse"};

  private static String yse(String w) {
    for (String e : YSE_ENDINGS) {
      if (w.endsWith(e)) {
        String stem = w.substring(0, w.length() - e.length());
        // analyse, catalyse, paralyse, dialyse, hydrolyse, electrolyse
        if (stem.endsWith("l") && stem.length() >= 3) {
          return stem + "yz" + e.substring(2);
        }
        return null;
      }
    }
    return null;
  }

  /** What may follow "our" in a word the -our rule changes (the first letters of its endings). */
  private static final String OUR_NEXT = "aiefslh";

  private static final String[] OUR_ENDINGS = {
    "ourable", "ourably", "ouring", "ourful", "ourite", "ourites", "oured", "ourer", "ours",
    "ourly", "ourhood", "ourhoods", "our"
  };

  private static String our(String w) {
    int i = w.indexOf("our");
    if (i < 2) {
      return null;
    }
    String stem = w.substring(0, i);
    String rest = w.substring(i);
    for (String e : OUR_ENDINGS) {
      if (rest.equals(e) && OUR_STEMS.contains(stem)) {
        return stem + "or" + rest.substring(3);
      }
    }
    // behavioural, colourless, humourless: "-our" + a longer suffix
    if ((rest.startsWith("oural") || rest.startsWith("ourless") || rest.startsWith("ouris")
        || rest.startsWith("ouriz")) && OUR_STEMS.contains(stem)) {
      return stem + "or" + rest.substring(3);
    }
    return null;
  }

  private static String tre(String w) {
    String root;
    String american;
    if (w.endsWith("res")) {
      root = w.substring(0, w.length() - 1);
      american = RE_WORDS.get(root);
      return american == null ? null : american + "s";
    }
    if (w.endsWith("red")) {
      root = w.substring(0, w.length() - 1);
      american = RE_WORDS.get(root);
      return american == null ? null : american + "ed";
    }
    if (w.endsWith("ring")) {
      root = w.substring(0, w.length() - 3) + "e";
      american = RE_WORDS.get(root);
      return american == null ? null : american + "ing";
    }
    return w.endsWith("re") ? RE_WORDS.get(w) : null;
  }

  private static final String[] LLED_ENDINGS = {"llings", "lling", "lled", "llers", "ller"};

  private static String lled(String w) {
    for (String e : LLED_ENDINGS) {
      if (w.endsWith(e)) {
        String stem = w.substring(0, w.length() - e.length());
        // "fuelled" and "modelled" change; "spelled", "dwelling", "storyteller" do not.
        boolean elled = stem.endsWith("e") && stem.length() >= 3 && !ELLED_KEEP.contains(stem)
            && !stem.endsWith("te") && !stem.endsWith("se") && !stem.endsWith("spe");
        boolean alled = ALLED_STEMS.contains(stem);
        if (elled || alled) {
          return stem + e.substring(1);
        }
        return null;
      }
    }
    return null;
  }

  private static String medical(String w) {
    if (w.startsWith("haem")) {
      return "hem" + w.substring(4);
    }
    if (w.startsWith("paed")) {
      return "ped" + w.substring(4);
    }
    if (w.startsWith("oestr") || w.startsWith("oesoph") || w.startsWith("oedem")) {
      return w.substring(1);
    }
    if (w.startsWith("gynaec") || w.startsWith("anaest")) {
      return w.replaceFirst("ae", "e");
    }
    if (w.startsWith("aetiol")) {
      return w.substring(1);
    }
    int i = w.indexOf("aemi");
    if (i > 1) {
      return w.substring(0, i) + "emi" + w.substring(i + 4);
    }
    if (w.endsWith("rrhoea") || w.endsWith("rrhoeal")) {
      return w.replace("rrhoea", "rrhea");
    }
    i = w.indexOf("paedic");
    if (i > 0) {
      return w.substring(0, i) + "pedic" + w.substring(i + 6);
    }
    return null;
  }

  // Last: built from the ending arrays above, which static initialisation must see first.
  /** Every suffix a rule starts from, indexed by its last character. */
  private static final char[][][] ENDINGS_BY_LAST = endingsByLast();
}
