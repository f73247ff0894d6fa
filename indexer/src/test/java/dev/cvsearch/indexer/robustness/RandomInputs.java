package dev.cvsearch.indexer.robustness;

import java.util.Random;

/**
 * Seeded random inputs for the robustness tests: syntax pieces glued at random, arbitrary UTF-16
 * text (lone surrogates included) and raw bytes. A failing case names its seed and input, so it can
 * be replayed exactly.
 */
final class RandomInputs {
  private RandomInputs() {}

  /** Up to {@code maxPieces} of the vocabulary, short random strings among them, glued together. */
  static String glued(Random random, String[] vocabulary, int maxPieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
      switch (random.nextInt(5)) {
        case 0 -> sb.append(unicode(random, 6));
        case 1 -> sb.append(ascii(random, 12));
        default -> sb.append(vocabulary[random.nextInt(vocabulary.length)]);
      }
    }
    return sb.toString();
  }

  /** Any UTF-16 code units, unpaired surrogates and control characters included. */
  static String unicode(Random random, int maxLength) {
    char[] chars = new char[random.nextInt(maxLength + 1)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) random.nextInt(0x10000);
    }
    return new String(chars);
  }

  static String ascii(Random random, int maxLength) {
    char[] chars = new char[random.nextInt(maxLength + 1)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) (32 + random.nextInt(95));
    }
    return new String(chars);
  }

  static byte[] bytes(Random random, int maxLength) {
    byte[] b = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(b);
    return b;
  }
}
