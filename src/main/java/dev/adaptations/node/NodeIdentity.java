package dev.adaptations.node;

/**
 * A node known only by its id and GraphQL type: what a walk reads of the nodes it reached when the request asks
 * nothing of them but {@code id} and {@code __typename}, instead of every node's whole record. Never put in the
 * request's node cache, where a field asking for more would find it.
 *
 * @param id the node's id
 * @param typeName the GraphQL object type it resolves to ({@code Film}, {@code Person}, ...)
 */
public record NodeIdentity(String id, String typeName) implements Node {
}
