/**
 * The relationship explorer at {@code /explore}: a page that draws the graph with Cytoscape, using only the
 * public GraphQL API, with its assets served by the application so that it works offline.
 */
@NullMarked
package dev.adaptations.explorer;

import org.jspecify.annotations.NullMarked;
