/**
 * The change history: every committed write is recorded (who, when, what, why), can be queried, and is
 * pushed to {@code graphChanged} subscribers.
 */
@NullMarked
package dev.adaptations.history;

import org.jspecify.annotations.NullMarked;
