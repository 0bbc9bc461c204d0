package dev.adaptations.node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

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

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Loads nodes of any label by id in one statement: one index-backed branch per label, each returning the
 * links its record needs. Every reference the API resolves (a role's person, an adaptation's source, a
 * release's platform, ...) goes through here, batched per request level.
 */
@Repository
public class NodeRepository {

	/** One index-backed read per type of node, each returning the links its record needs. */
	private static final Map<Class<? extends Node>, String> BY_TYPE = Map.of(Work.class,
			"MATCH (w:Work) WHERE w.id IN $ids RETURN w AS n, 'Work' AS type, %s AS extra".formatted(Work.EXTRA),
			Person.class, "MATCH (n:Person) WHERE n.id IN $ids RETURN n, 'Person' AS type, {} AS extra", Role.class,
			"MATCH (r:Role) WHERE r.id IN $ids RETURN r AS n, 'Role' AS type, %s AS extra".formatted(Role.EXTRA),
			Character.class, "MATCH (n:Character) WHERE n.id IN $ids RETURN n, 'Character' AS type, {} AS extra",
			Organization.class,
			"MATCH (n:Organization) WHERE n.id IN $ids RETURN n, 'Organization' AS type, {} AS extra", Award.class,
			"MATCH (a:Award) WHERE a.id IN $ids RETURN a AS n, 'Award' AS type, %s AS extra".formatted(Award.EXTRA),
			Release.class,
			"MATCH (e:Release) WHERE e.id IN $ids RETURN e AS n, 'Release' AS type, %s AS extra"
				.formatted(Release.EXTRA),
			Event.class, "MATCH (e:Event) WHERE e.id IN $ids AND NOT e:Release RETURN e AS n, 'Event' AS type, %s AS extra"
				.formatted(Event.EXTRA),
			Source.class, "MATCH (n:Source) WHERE n.id IN $ids RETURN n, 'Source' AS type, {} AS extra");

	/** Nodes of any type: every type's read, for ids whose type the caller does not know. */
	private static final String FIND_BY_IDS = String.join("\nUNION ALL\n",
			List.of(Work.class, Person.class, Role.class, Character.class, Organization.class, Award.class,
					Release.class, Event.class, Source.class)
				.stream()
				.map(BY_TYPE::get)
				.toList());

	private static final Map<String, BiFunction<Value, Value, Node>> MAPPERS = Map.of("Work", Work::from, "Person",
			(n, x) -> Person.from(n), "Role", Role::from, "Character", (n, x) -> Character.from(n), "Organization",
			(n, x) -> Organization.from(n), "Award", Award::from, "Release", Release::from, "Event", Event::from,
			"Source", (n, x) -> Source.from(n));

	private final Neo4jClient client;

	NodeRepository(Neo4jClient client) {
		this.client = client;
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
