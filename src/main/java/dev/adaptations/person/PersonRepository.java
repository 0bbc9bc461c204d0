package dev.adaptations.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.adaptations.support.BatchQueries;
import dev.adaptations.support.Keyed;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

	private final Neo4jClient client;

	private final BatchQueries batches;

	PersonRepository(Neo4jClient client, BatchQueries batches) {
		this.client = client;
		this.batches = batches;
	}

	record PersonPage(int total, List<Keyed<Person>> items) {
	}

	/** People ordered by name and id, after the given sort key, at most {@code limit}. */
	PersonPage page(@Nullable String afterKey, int limit) {
		return this.client.query("""
				MATCH (p:Person)
				WITH p, toLower(p.name) + '|' + p.id AS key ORDER BY key
				WITH collect({n: p, key: key}) AS everything
				RETURN size(everything) AS total, [x IN everything WHERE $after IS NULL OR x.key > $after][0..$limit] AS items""")
			.bindAll(BatchQueries.parameters("after", afterKey, "limit", limit))
			.fetchAs(PersonPage.class)
			.mappedBy((types, record) -> new PersonPage(record.get("total").asInt(), record.get("items")
				.asList(item -> new Keyed<>(Person.from(item.get("n")), item.get("key").asString()))))
			.one()
			.orElse(new PersonPage(0, List.of()));
	}

	/** For each person, the people credited on the same works, most shared works first, at most {@code first}. */
	Map<String, List<Collaboration>> collaborators(Collection<String> personIds, int first) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (p:Person {id: id})-[:HAS_ROLE]->(:Role)-[:IN]->(w:Work)<-[:IN]-(:Role)<-[:HAS_ROLE]-(other:Person)
				WHERE other <> p
				WITH id, other, collect(DISTINCT w.id) AS works
				ORDER BY size(works) DESC, other.name, other.id
				RETURN id AS key, collect({person: other.id, works: works})[0..$first] AS items""",
				BatchQueries.parameters("ids", List.copyOf(personIds), "first", first),
				item -> new Collaboration(item.get("person").asString(), item.get("works").asList(v -> v.asString())));
	}

}
