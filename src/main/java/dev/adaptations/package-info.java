/**
 * A GraphQL knowledge graph of literary works, their screen adaptations, credits and sources.
 */
@NullMarked
package dev.adaptations;

import org.jspecify.annotations.NullMarked;
