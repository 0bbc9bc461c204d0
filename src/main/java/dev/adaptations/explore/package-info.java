/**
 * Exploring the graph: adaptation families, shortest paths, neighbourhoods and timelines.
 */
@NullMarked
package dev.adaptations.explore;

import org.jspecify.annotations.NullMarked;
