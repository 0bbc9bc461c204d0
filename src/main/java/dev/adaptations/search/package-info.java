/**
 * Search over titles and names in English, the original script and aliases, through Neo4j's full-text
 * index, tolerant of typos, spacing and hyphenation.
 */
@NullMarked
package dev.adaptations.search;

import org.jspecify.annotations.NullMarked;
