/**
 * Paginators: lazy {@link java.lang.Iterable}s and back-pressured {@link java.util.concurrent.Flow.Publisher}s of
 * response pages and of the items in them. Generated paginator classes supply a {@link
 * dev.ecrgen.runtime.paginate.Paging} (how to read the token of a page and put it into the next request) and the
 * item extractors; the iteration, the end-of-pages rules and the demand bookkeeping live here.
 */
package dev.ecrgen.runtime.paginate;
