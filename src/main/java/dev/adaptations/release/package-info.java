/**
 * Releases (dated, with disagreeing claims kept) and other dated events.
 */
@NullMarked
package dev.adaptations.release;

import org.jspecify.annotations.NullMarked;
