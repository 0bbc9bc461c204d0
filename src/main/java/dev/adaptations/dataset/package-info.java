/**
 * Datasets: the YAML files of sourced facts, validated against their JSON Schema and cross-checked
 * before anything is written, then loaded in one transaction, idempotently.
 */
@NullMarked
package dev.adaptations.dataset;

import org.jspecify.annotations.NullMarked;
