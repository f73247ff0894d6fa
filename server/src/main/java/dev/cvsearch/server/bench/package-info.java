/**
 * {@code cvsearch bench}: indexing and search speed of cvsearch side by side with a plain Lucene
 * baseline over the same records and the same queries in the same run, along a ladder of corpus
 * sizes, with relevance on SciFact and a load run through HTTP. Writes {@code bench/REPORT.md},
 * {@code bench/results/latest.json} and PNG charts.
 */
package dev.cvsearch.server.bench;
