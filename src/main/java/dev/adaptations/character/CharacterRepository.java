package dev.adaptations.character;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.adaptations.credit.Role;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.stereotype.Repository;

@Repository
class CharacterRepository {

	/** How many counterpart links a chain may have: enough for a character adapted through a few works. */
	private static final int MAX_COUNTERPART_DISTANCE = 4;

	private final BatchQueries batches;

	CharacterRepository(BatchQueries batches) {
		this.batches = batches;
	}

	/** The characters of each work: those recorded as appearing in it and those played in it. */
	Map<String, List<Character>> inWorks(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (w:Work {id: id})
				%s
				WITH id, c ORDER BY %s
				RETURN id AS key, collect(c) AS items""".formatted(CharacterOrder.ofWork("w", "c"),
				CharacterOrder.characterOrder("c")), workIds, Character::from);
	}

	Map<String, List<Work>> appearsIn(Collection<String> characterIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (:Character {id: id})-[:APPEARS_IN]->(w:Work)
				WITH id, w ORDER BY %s
				RETURN id AS key, collect({n: w, extra: %s}) AS items""".formatted(CharacterOrder.appearsInOrder("w"),
				Work.EXTRA), characterIds,
				item -> Work.from(item.get("n"), item.get("extra")));
	}

	Map<String, List<Role>> portrayals(Collection<String> characterIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (r:Role)-[:AS]->(:Character {id: id})
				WITH id, r ORDER BY %s
				RETURN id AS key, collect({n: r, extra: %s}) AS items""".formatted(CharacterOrder.portrayalsOrder("r"),
				Role.EXTRA), characterIds,
				item -> Role.from(item.get("n"), item.get("extra")));
	}

	/** Counterparts in either direction, through other counterparts too, each by its shortest chain. */
	Map<String, List<CharacterLink>> counterparts(Collection<String> characterIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (c:Character {id: id})
				MATCH path = (c)-[:COUNTERPART_OF*1..%d]-(other:Character)
				WHERE other <> c
				WITH id, other, path ORDER BY length(path)
				WITH id, other, head(collect(path)) AS path
				ORDER BY length(path), other.name, other.id
				RETURN id AS key, collect({
				  character: other.id,
				  distance: length(path),
				  via: [n IN nodes(path)[1..-1] | n.id],
				  kinds: [r IN relationships(path) | r.kind],
				  notes: [r IN relationships(path) WHERE r.note IS NOT NULL | r.note],
				  sources: reduce(s = [], r IN relationships(path) | s + coalesce(r.sources, []))
				}) AS items""".formatted(MAX_COUNTERPART_DISTANCE), characterIds, CharacterLink::from);
	}

	Map<String, List<CharacterRelation>> relations(Collection<String> characterIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (c:Character {id: id})-[r:RELATED_TO]-(other:Character)
				WITH id, r, other, startNode(r) = c AS outgoing ORDER BY r.kind, other.name
				RETURN id AS key, collect({character: other.id, kind: r.kind, outgoing: outgoing, note: r.note,
				  sources: r.sources}) AS items""", characterIds, CharacterRelation::from);
	}

}
