/**
 * Characters, where they appear, who played them, and their counterparts across adaptations.
 */
@NullMarked
package dev.adaptations.character;

import org.jspecify.annotations.NullMarked;
