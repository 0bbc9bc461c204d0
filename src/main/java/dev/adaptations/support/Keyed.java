package dev.adaptations.support;

/**
 * An item read for a connection page, with the sort key its cursor encodes.
 */
public record Keyed<T>(T item, String key) {
}
