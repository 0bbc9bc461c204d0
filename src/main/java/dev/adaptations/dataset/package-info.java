/**
 * Datasets: the YAML (or JSON) files of sourced facts, streamed row by row, validated against their JSON
 * Schema and cross-checked (within the files and against the graph) before anything is written, then written
 * in batches, idempotently and without deleting; the configured ones are loaded at startup.
 */
@NullMarked
package dev.adaptations.dataset;

import org.jspecify.annotations.NullMarked;
