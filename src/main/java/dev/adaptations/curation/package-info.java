/**
 * Curation: mutations that create, update and delete entities and add and remove facts, each citing its
 * sources, checked against the dataset format's rules, versioned, and recorded in the change history.
 */
@NullMarked
package dev.adaptations.curation;

import org.jspecify.annotations.NullMarked;
