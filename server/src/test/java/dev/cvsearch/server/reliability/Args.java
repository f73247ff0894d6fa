package dev.cvsearch.server.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name value} pairs of the reliability tools' command lines ({@code --x}: "true"). */
final class Args {
  private Args() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name, got '" + args[i] + "'");
      }
      String name = args[i].substring(2);
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      out.put(name, hasValue ? args[++i] : "true");
    }
    return out;
  }
}
