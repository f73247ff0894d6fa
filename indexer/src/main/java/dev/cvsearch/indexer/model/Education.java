package dev.cvsearch.indexer.model;

/**
 * One degree or programme from a CV.
 *
 * @param degree "Ph.D.", "M.S.", "Bachelor of Science" … or null when none is printed
 * @param field field of study, or null
 * @param institution university or school
 * @param location as printed, or null
 * @param yearEnd year the programme ended or is expected to end, or null
 * @param dateRaw the dates as printed
 * @param thesis dissertation title, or null
 */
public record Education(
    String degree,
    String field,
    String institution,
    String location,
    Integer yearEnd,
    String dateRaw,
    String thesis) {}
