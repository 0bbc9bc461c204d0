/**
 * Credits: roles that tie people to works, with characters and episodes, paged per work and per person.
 */
@NullMarked
package dev.adaptations.credit;

import org.jspecify.annotations.NullMarked;
