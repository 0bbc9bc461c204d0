/**
 * GraphQL over HTTP as its specification words it: POST and GET, {@code application/graphql-response+json} and
 * {@code application/json} by {@code Accept}, no mutations over GET, no batches, and a 4xx for anything that is not a
 * well-formed GraphQL-over-HTTP request, in front of Spring for GraphQL's own handler.
 */
@NullMarked
package dev.adaptations.protocol;

import org.jspecify.annotations.NullMarked;
