/**
 * Cross-cutting GraphQL wiring: scalars, type resolution, error mapping, paging arguments and cursors.
 */
@NullMarked
package dev.adaptations.support;

import org.jspecify.annotations.NullMarked;
