/**
 * Bulk import and export as commands of the application ({@code import FILE...}, {@code export}): the same
 * validation and writing as the startup loader, in batches, with progress, and the graph written back out
 * in the dataset format.
 */
@NullMarked
package dev.adaptations.importer;

import org.jspecify.annotations.NullMarked;
