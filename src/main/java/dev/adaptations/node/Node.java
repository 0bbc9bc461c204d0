package dev.adaptations.node;

/**
 * Anything with a stable slug id: the Java side of the GraphQL {@code Node} interface.
 */
public interface Node {

	String id();

}
