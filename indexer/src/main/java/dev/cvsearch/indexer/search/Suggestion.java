package dev.cvsearch.indexer.search;

/**
 * An autocomplete entry.
 *
 * @param text what to show and put in the box
 * @param kind "work", "person" or "venue"
 * @param id the record or venue id to open directly, or null
 */
public record Suggestion(String text, String kind, String id) {}
