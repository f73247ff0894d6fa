package dev.cvsearch.indexer.model;

/**
 * One employment or research position from a CV.
 *
 * @param title job title, or null when none is printed (research-group stays)
 * @param organization employer
 * @param team team, group or department, or null
 * @param start "yyyy" or "yyyy-MM", or null
 * @param end "yyyy", "yyyy-MM", "present", or null
 * @param periodRaw the period as printed
 * @param location city/region as printed, or null
 * @param kind "full-time", "internship", "research", "academic", "part-time" … or null
 */
public record Position(
    String title,
    String organization,
    String team,
    String start,
    String end,
    String periodRaw,
    String location,
    String kind) {}
