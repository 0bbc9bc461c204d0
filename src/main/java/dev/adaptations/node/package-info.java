/**
 * Lookup of any node by id, the batched loader that resolves references to nodes, and GraphQL type resolution.
 */
@NullMarked
package dev.adaptations.node;

import org.jspecify.annotations.NullMarked;
