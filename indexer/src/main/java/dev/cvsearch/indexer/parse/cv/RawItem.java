package dev.cvsearch.indexer.parse.cv;

/**
 * One publication-like item as laid out in a CV, before its parts are read.
 *
 * @param text the item (continuation lines joined with spaces), or the title line in two-line styles
 * @param authorLine the separate author line of the "Title [Venue]" / author-line style, or null
 * @param dateLine a separate date line ("2024.10"), or null
 * @param venueLine a separate venue line after the authors ("CVPR 2024"), or null
 * @param family the heading a patent family or sub-group printed above the item, or null
 * @param line 1-based line number in the file
 */
record RawItem(
    String text, String authorLine, String dateLine, String venueLine, String family, int line) {}
