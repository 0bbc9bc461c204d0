/**
 * Organizations (publishers, producers, platforms, festivals), their links to works, awards and nominations.
 */
@NullMarked
package dev.adaptations.organization;

import org.jspecify.annotations.NullMarked;
