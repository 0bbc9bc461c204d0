/**
 * Works of every kind, their parts and their adaptations.
 */
@NullMarked
package dev.adaptations.work;

import org.jspecify.annotations.NullMarked;
