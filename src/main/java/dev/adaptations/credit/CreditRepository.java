package dev.adaptations.credit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import dev.adaptations.character.Character;
import dev.adaptations.node.Node;
import dev.adaptations.person.Person;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.support.BatchQuery;
import dev.adaptations.support.Connection;
import dev.adaptations.support.Keyed;
import dev.adaptations.work.Work;

import org.springframework.stereotype.Repository;

/**
 * Reads pages of credits for many works or many people in one statement per page shape.
 */
@Repository
class CreditRepository {

	/** A work's credits ({@link CreditOrder#ofWork}), each with its sort key. */
	private static final String BY_WORK = """
			UNWIND $ids AS id
			MATCH (w:Work {id: id})
			%s
			WITH id, r WHERE $kinds IS NULL OR r.kind IN $kinds
			WITH id, r, %s AS key
			%%s""".formatted(CreditOrder.ofWork("w", "r"), CreditOrder.workKey("r"));

	private static final String BY_PERSON = """
			UNWIND $ids AS id
			%s
			WHERE $kinds IS NULL OR r.kind IN $kinds
			WITH id, r, %s AS key
			%%s""".formatted(CreditOrder.ofPerson(":Person {id: id}", "r", "w"), CreditOrder.personKey("r", "w"));

	private static final String PAGE = """
			ORDER BY key
			WITH id, collect({r: r, key: key}) AS everything
			WITH id, size(everything) AS total, [x IN everything WHERE $after IS NULL OR x.key > $after][0..$limit] AS page
			CALL (page) {
			  UNWIND page AS x
			  WITH x.r AS r, x.key AS key
			  RETURN collect({n: r, key: key, extra: %s%%s}) AS items
			}
			RETURN id AS key, [{total: total, items: items}] AS items""".formatted(Role.EXTRA);

	/** The linked nodes read beside each credit, when the request selects them. */
	private static final Map<CreditsKey.Prefetch, String> PREFETCH = Map.of(CreditsKey.Prefetch.PERSON,
			", person: COLLECT { MATCH (p:Person)-[:HAS_ROLE]->(r) RETURN p }[0]", CreditsKey.Prefetch.CHARACTER,
			", character: COLLECT { MATCH (r)-[:AS]->(c:Character) RETURN c }[0]", CreditsKey.Prefetch.WORK,
			", work: COLLECT { MATCH (r)-[:IN]->(w:Work) RETURN {n: w, extra: %s} }[0]".formatted(Work.EXTRA));

	/** The statement of each owner type and prefetch set (at most 2 x 8), built once. */
	private static final Map<List<Object>, String> CYPHER = new ConcurrentHashMap<>();

	private final BatchQueries batches;

	CreditRepository(BatchQueries batches) {
		this.batches = batches;
	}

	/**
	 * The page each key asks for; all keys must have the same shape (see {@link CreditsKey#shape()}). The nodes the
	 * shape prefetches go to {@code related}.
	 */
	Map<CreditsKey, Connection<Role>> load(Set<CreditsKey> keys, Consumer<Node> related) {
		CreditsKey shape = keys.iterator().next();
		Map<String, List<Connection<Role>>> pages = this.batches.listsByKey(query(shape, related),
				keys.stream().map(CreditsKey::owner).toList());
		return keys.stream()
			.collect(Collectors.toMap(key -> key, key -> pages.getOrDefault(key.owner(), List.of(Connection.empty()))
				.get(0)));
	}

	/** The read of pages of this shape, for the owners in {@code $ids}: one page (a list of one) per owner. */
	static BatchQuery<Connection<Role>> query(CreditsKey shape, Consumer<Node> related) {
		String cypher = CYPHER.computeIfAbsent(List.of(shape.ownerType(), Set.copyOf(shape.prefetch())), key -> {
			String prefetch = shape.prefetch().stream().sorted().map(PREFETCH::get).collect(Collectors.joining());
			return ((shape.ownerType() == CreditsKey.OwnerType.WORK) ? BY_WORK : BY_PERSON)
				.formatted(PAGE.formatted(prefetch));
		});
		return new BatchQuery<>(cypher, BatchQueries.parameters("kinds", shape.kinds(), "rank", CreditOrder.KIND_RANK,
				"after", shape.afterKey(), "limit", shape.first() + 1), value -> page(value, shape, related));
	}

	private static Connection<Role> page(Value value, CreditsKey shape, Consumer<Node> related) {
		List<Keyed<Role>> items = value.get("items").asList(item -> {
			prefetched(item, related);
			return new Keyed<>(Role.from(item.get("n"), item.get("extra")), item.get("key").asString());
		});
		return Connection.of(items, shape.first(), value.get("total").asInt(), shape.afterKey() != null);
	}

	private static void prefetched(Value item, Consumer<Node> related) {
		if (!item.get("person").isNull()) {
			related.accept(Person.from(item.get("person")));
		}
		if (!item.get("character").isNull()) {
			related.accept(Character.from(item.get("character")));
		}
		Value work = item.get("work");
		if (!work.isNull()) {
			related.accept(Work.from(work.get("n"), work.get("extra")));
		}
	}

}
