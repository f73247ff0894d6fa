package dev.cvsearch.indexer.venue;

import dev.cvsearch.indexer.model.Venue;

/**
 * A venue named in free text such as an arXiv comment ("Accepted to ICCV 2025"). {@code year} is
 * the year printed next to it or null; when {@code workshop} is true the paper is in a workshop
 * held at the venue and {@code venue} is that host workshop ("NeurIPS Workshop", kind workshop).
 */
public record VenueMention(Venue venue, Integer year, boolean workshop) {}
