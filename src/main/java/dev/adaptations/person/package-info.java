/**
 * People and their collaborators.
 */
@NullMarked
package dev.adaptations.person;

import org.jspecify.annotations.NullMarked;
