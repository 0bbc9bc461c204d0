package dev.adaptations.history;

import org.jspecify.annotations.Nullable;

/**
 * One property's value before and after a change, each as JSON ({@code "Love in the Big City"},
 * {@code 2024}, {@code ["a","b"]}), null when the property was absent.
 *
 * @param field the property
 * @param before its value before, as JSON
 * @param after its value after, as JSON
 */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
