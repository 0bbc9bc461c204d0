/**
 * Compiled reads: a query whose every field is a function of the graph alone is answered by one Cypher statement
 * that returns exactly the requested fields, instead of field by field through the resolvers; the statement is
 * compiled once for an operation a client repeats. Any other request, and any answer the resolvers would report an
 * error for, runs through the resolvers as before.
 */
@NullMarked
package dev.adaptations.compiled;

import org.jspecify.annotations.NullMarked;
