package dev.adaptations.node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.character.Character;
import dev.adaptations.credit.Role;
import dev.adaptations.organization.Award;
import dev.adaptations.organization.Organization;
import dev.adaptations.person.Person;
import dev.adaptations.release.Event;
import dev.adaptations.release.Release;
import dev.adaptations.source.Source;
import dev.adaptations.work.Work;
import dev.adaptations.work.WorkKind;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Loads nodes of any label by id in one statement: one index-backed branch per label, each returning the
 * links its record needs. Every reference the API resolves (a role's person, an adaptation's source, a
 * release's platform, ...) goes through here, batched per request level. Root lookups by id also read the
 * lists selected on the node in the same statement ({@link Prefetcher}), and statements that walk the graph
 * read the nodes they reach with {@link #read}.
 */
@Repository
public class NodeRepository {

	/**
	 * A type of node as the API reads it: its label, the variable its links' Cypher ({@code Work.EXTRA}, ...) is
	 * written against, that Cypher, and what else tells it apart (a release is an event too).
	 */
	private record Kind(String type, String variable, String extra, String also) {

		/** The nodes of this type with an id in {@code $ids}, through the label's id index. */
		String byIds() {
			return "MATCH (%1$s:%2$s) WHERE %1$s.id IN $ids%4$s RETURN %1$s AS n, '%2$s' AS type, %3$s AS extra"
				.formatted(this.variable, this.type, this.extra, this.also);
		}

		/** The node in {@code found}, when it is of this type, with its links. */
		String of() {
			return "WITH found AS %1$s WHERE %1$s:%2$s%4$s RETURN %1$s AS n, '%2$s' AS type, %3$s AS extra"
				.formatted(this.variable, this.type, this.extra, this.also);
		}

	}

	private static final Map<Class<? extends Node>, Kind> KINDS = Map.of(Work.class,
			new Kind("Work", "w", Work.EXTRA, ""), Person.class, new Kind("Person", "n", "{}", ""), Role.class,
			new Kind("Role", "r", Role.EXTRA, ""), Character.class, new Kind("Character", "n", "{}", ""),
			Organization.class, new Kind("Organization", "n", "{}", ""), Award.class,
			new Kind("Award", "a", Award.EXTRA, ""), Release.class, new Kind("Release", "e", Release.EXTRA, ""),
			Event.class, new Kind("Event", "e", Event.EXTRA, " AND NOT e:Release"), Source.class,
			new Kind("Source", "n", "{}", ""));

	private static final List<Class<? extends Node>> TYPES = List.of(Work.class, Person.class, Role.class,
			Character.class, Organization.class, Award.class, Release.class, Event.class, Source.class);

	/** One index-backed read per type of node, each returning the links its record needs. */
	private static final Map<Class<? extends Node>, String> BY_TYPE = TYPES.stream()
		.collect(Collectors.toUnmodifiableMap(type -> type, type -> KINDS.get(type).byIds()));

	/** Nodes of any type: every type's read, for ids whose type the caller does not know. */
	private static final String FIND_BY_IDS = String.join("\nUNION ALL\n",
			TYPES.stream().map(BY_TYPE::get).toList());

	/** Every type's reading of one node already found, so exactly one branch answers for it. */
	private static final String OF_FOUND = String.join("\n  UNION ALL\n  ",
			TYPES.stream().map(type -> KINDS.get(type).of()).toList());

	/** The labels that name their GraphQL type, besides works (typed by kind); the more specific first. */
	private static final List<String> IDENTITY_LABELS = List.of("Person", "Role", "Character", "Organization", "Award",
			"Release", "Event", "Source");

	private static final Map<String, BiFunction<Value, Value, Node>> MAPPERS = Map.of("Work", Work::from, "Person",
			(n, x) -> Person.from(n), "Role", Role::from, "Character", (n, x) -> Character.from(n), "Organization",
			(n, x) -> Organization.from(n), "Award", Award::from, "Release", Release::from, "Event", Event::from,
			"Source", (n, x) -> Source.from(n));

	private final Neo4jClient client;

	private final PrefetchingLookup prefetching;

	NodeRepository(Neo4jClient client, ObjectProvider<Prefetcher> prefetchers) {
		this.client = client;
		this.prefetching = new PrefetchingLookup(client, prefetchers);
	}

	/** The labels whose nodes carry application ids, each with a unique-id constraint (and so an index). */
	private static final List<String> LABELS = List.of("Work", "Person", "Role", "Character", "Organization", "Award",
			"Event", "Source");

	/**
	 * Cypher that binds {@code variable} to the node whose id is in {@code parameter}, through one
	 * index-backed lookup per label rather than a scan of every node; no rows when there is none. Variables
	 * bound before it stay bound when named in {@code carried}.
	 */
	public static String lookup(String parameter, String variable, String... carried) {
		StringBuilder cypher = new StringBuilder("CALL () {\n");
		for (int i = 0; i < LABELS.size(); i++) {
			cypher.append((i == 0) ? "  " : "  UNION\n  ")
				.append("MATCH (found:%s {id: $%s}) RETURN found\n".formatted(LABELS.get(i), parameter));
		}
		cypher.append("}\nWITH ");
		for (String kept : carried) {
			cypher.append(kept).append(", ");
		}
		return cypher.append("found AS ").append(variable).append('\n').toString();
	}

	/**
	 * Cypher that reads the nodes of the list in {@code nodes} (found by the statement it is part of) as its
	 * records need them, into {@code rows}: so a statement that walks the graph returns the nodes it reached
	 * without a second statement looking them up again by id. Nodes of no known type are left out; {@link #nodes}
	 * maps the rows.
	 */
	public static String read(String nodes, String rows) {
		return """
				CALL (%1$s) {
				  UNWIND %1$s AS found
				  CALL (found) {
				  %3$s
				  }
				  RETURN collect({n: n, type: type, extra: extra}) AS %2$s
				}
				""".formatted(nodes, rows, OF_FOUND);
	}

	/**
	 * Cypher for the identities of the nodes in the list {@code nodes}, as {@code rows}: what {@link #identities}
	 * needs to answer {@code id} and {@code __typename} without reading the nodes' records.
	 */
	public static String readIdentities(String nodes, String rows) {
		return "WITH *, [identity IN %s | {id: identity.id, labels: labels(identity), kind: identity.kind}] AS %s\n"
			.formatted(nodes, rows);
	}

	/**
	 * The identities in rows that {@link #readIdentities} produced, in their order; as {@link #read}, nodes of no
	 * known type are left out. A work's type is its kind's, as when its record is read.
	 */
	public static List<Node> identities(Value rows) {
		List<Node> identities = new ArrayList<>();
		for (Value row : rows.values()) {
			String type = typeName(row.get("labels").asList(Value::asString), row.get("kind"));
			if (type != null && !row.get("id").isNull()) {
				identities.add(new NodeIdentity(row.get("id").asString(), type));
			}
		}
		return identities;
	}

	private static @Nullable String typeName(List<String> labels, Value kind) {
		if (labels.contains("Work")) {
			WorkKind workKind = WorkKind.fromName(kind.isNull() ? null : kind.asString());
			return (workKind != null) ? workKind.typeName() : null;
		}
		// A release is an event too: the more specific label first, as the reads' branches do.
		for (String type : IDENTITY_LABELS) {
			if (labels.contains(type)) {
				return type;
			}
		}
		return null;
	}

	/** The nodes in rows that {@link #read} produced, in their order. */
	public static List<Node> nodes(Value rows) {
		return rows.asList(row -> map(row.get("type").asString(), row.get("n"), row.get("extra")));
	}

	/** The nodes with these ids, by id; unknown ids are absent. */
	public Map<String, Node> findByIds(Collection<String> ids) {
		return find(FIND_BY_IDS, ids);
	}

	/**
	 * The node with this id if it is of the given type, else null. A concrete type reads one index; the
	 * {@code Node} interface reads them all.
	 */
	public <T extends Node> @Nullable T findById(String id, Class<T> type) {
		Node node = find(BY_TYPE.getOrDefault(type, FIND_BY_IDS), List.of(id)).get(id);
		return type.isInstance(node) ? type.cast(node) : null;
	}

	/**
	 * The node with this id if it is of the given concrete type, else null, read together with the relations the
	 * request selects on it that a {@link Prefetcher} can read: one statement for the root field and its first
	 * level ({@link PrefetchingLookup}).
	 */
	public <T extends Node> @Nullable T findById(String id, Class<T> type, DataFetchingEnvironment environment) {
		List<Node> found = this.prefetching.find(id, BY_TYPE.get(type), type, environment);
		if (found == null) {
			return findById(id, type);
		}
		Node node = found.isEmpty() ? null : found.get(0);
		return type.isInstance(node) ? type.cast(node) : null;
	}

	private Map<String, Node> find(String cypher, Collection<String> ids) {
		Map<String, Node> nodes = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return nodes;
		}
		this.client.query(cypher)
			.bind(ids)
			.to("ids")
			.fetchAs(Node.class)
			.mappedBy((types, record) -> map(record.get("type").asString(), record.get("n"), record.get("extra")))
			.all()
			.forEach(node -> nodes.putIfAbsent(node.id(), node));
		return nodes;
	}

	/** Maps a node read with the extra links its type needs ({@code Work.EXTRA}, ...) to its record. */
	public static Node map(String type, Value node, Value extra) {
		return MAPPERS.get(type).apply(node, extra);
	}

}
