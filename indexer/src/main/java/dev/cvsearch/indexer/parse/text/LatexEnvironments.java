package dev.cvsearch.indexer.parse.text;

/**
 * \begin{..} and \end{..} for {@link LatexConverter}: layout specs of tables and boxes are dropped,
 * verbatim bodies kept as they are, comment and picture bodies skipped, and every environment
 * starts and ends on a line of its own.
 */
final class LatexEnvironments {
  private static final int MAX_OPTIONAL = 300;

  private LatexEnvironments() {}

  static void begin(LatexConverter c) {
    String s = c.source();
    int[] arg = LatexScan.rawArgument(s, c.position());
    String name = s.substring(arg[0], arg[1]).strip();
    c.moveTo(arg[2]);
    c.startLine();
    if (LatexMacros.VERBATIM_ENVS.contains(name) || LatexMacros.SKIPPED_ENVS.contains(name)) {
      String end = "\\end{" + name + "}";
      int stop = s.indexOf(end, c.position());
      int bodyEnd = stop < 0 ? s.length() : stop;
      if (LatexMacros.VERBATIM_ENVS.contains(name)) {
        c.append(s.substring(c.position(), bodyEnd));
        c.startLine();
      }
      c.moveTo(stop < 0 ? s.length() : stop + end.length());
      return;
    }
    Integer spec = LatexMacros.ENV_SPEC_ARGS.get(name);
    if (spec != null) {
      c.moveTo(LatexScan.skipArguments(s, c.position(), spec, MAX_OPTIONAL));
      return;
    }
    // Other environments may take text arguments (\begin{rSection}{Education}): keep them.
    c.expectArguments(name);
  }

  static void end(LatexConverter c) {
    String s = c.source();
    int[] arg = LatexScan.rawArgument(s, c.position());
    c.moveTo(arg[2]);
    c.startLine();
  }
}
