/**
 * Sources: where every fact comes from, resolved in one batch per request level.
 */
@NullMarked
package dev.adaptations.source;

import org.jspecify.annotations.NullMarked;
