/**
 * Limits on what one GraphQL request may ask for (document size, depth, aliases, page size and cost), checked on the
 * document before it is validated or executed, with the cost reported in every response's {@code extensions}; the
 * embedded database's transaction timeout; and per-client rate limiting of the endpoint.
 */
@NullMarked
package dev.adaptations.limits;

import org.jspecify.annotations.NullMarked;
