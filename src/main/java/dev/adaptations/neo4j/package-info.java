/**
 * The embedded Neo4j that runs in the application's JVM unless an external server is configured, and
 * the Cypher migrations that give every database the same constraints and indexes.
 */
@NullMarked
package dev.adaptations.neo4j;

import org.jspecify.annotations.NullMarked;
