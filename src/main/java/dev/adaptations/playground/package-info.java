/**
 * The GraphiQL playground at {@code /graphiql}, served from WebJars so that it works offline, with the
 * example queries opened as tabs.
 */
@NullMarked
package dev.adaptations.playground;

import org.jspecify.annotations.NullMarked;
